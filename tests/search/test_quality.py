"""Editors' promotions shown first, the anonymous query log, and the search-quality report in the admin."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from search.models import QueryDailyOutcome
from tests.factories.accounts import StaffFactory, sign_in_staff

pytestmark = pytest.mark.django_db


def promote(query_text, page, description="Chosen by the editors"):
    return SearchPromotion.objects.create(query=Query.get(query_text), page=page, sort_order=0, description=description)


def test_a_promoted_page_is_shown_before_the_results(client, corpus):
    about = corpus["policies"]["land"][1]  # the English land rent policy, promoted for "tax"
    promote("tax", about)

    response = client.get("/en/search/", {"q": "tax"})

    html = response.content.decode()
    assert [promotion.url for promotion in response.context["promotions"]] == [about.url]
    assert html.index("Recommended") < html.index('class="search-results"')
    assert html.index(f'href="{about.url}"') < html.index('<ol class="search-results"')


def test_a_promoted_page_shows_in_the_visitors_language(client, corpus):
    vi_page, en_page = corpus["policies"]["land"]
    promote("thuế", en_page)

    response = client.get("/vi/search/", {"q": "thuế"})

    assert [promotion.url for promotion in response.context["promotions"]] == [vi_page.url]


def test_a_search_with_no_results_is_logged_without_personal_data(client, corpus):
    client.get("/en/search/", {"q": "Quantum Hovercraft"}, REMOTE_ADDR="203.0.113.9")
    client.get("/en/search/", {"q": "quantum  hovercraft"})
    client.get("/en/search/", {"q": "tax"})

    outcome = QueryDailyOutcome.objects.get(query__query_string="quantum hovercraft")
    assert (outcome.searches, outcome.no_results) == (2, 2)
    assert Query.objects.get(query_string="tax").daily_outcomes.get().no_results == 0
    stored = {field.name for field in QueryDailyOutcome._meta.get_fields()} | {f.name for f in Query._meta.get_fields()}
    assert not stored & {"ip", "ip_address", "user", "session", "user_agent"}


def test_a_click_on_the_first_result_is_counted_and_leads_to_it(client, corpus):
    response = client.get("/en/search/", {"q": "land rent"})
    link = response.context["first_result_link"]
    first = response.context["results"].hits[0]

    followed = client.get(link)

    assert followed.status_code == 302 and followed["Location"] == first.url
    assert QueryDailyOutcome.objects.get(query__query_string="land rent").first_clicks == 1


def test_the_click_counter_refuses_addresses_that_are_not_search_results(client, corpus):
    response = client.get("/en/search/go/", {"q": "tax", "to": "https://evil.example/"})
    assert response.status_code == 400


def test_the_report_lists_a_query_with_no_results_after_one_is_made(client, corpus):
    client.get("/en/search/", {"q": "underwater datacentre kelp"})
    client.get("/en/search/", {"q": "tax"})
    staff = StaffFactory(is_superuser=True)
    sign_in_staff(client, staff)

    report = client.get("/admin/reports/search-quality/")
    empty_only = client.get("/admin/reports/search-quality/", {"no_results": "1"})
    csv = client.get("/admin/reports/search-quality/", {"export": "csv"})

    assert report.status_code == 200
    assert "underwater datacentre kelp" in report.content.decode() and "tax" in report.content.decode()
    assert "underwater datacentre kelp" in empty_only.content.decode()
    assert ">tax<" not in empty_only.content.decode()
    lines = b"".join(csv.streaming_content).decode("utf-8-sig").splitlines()
    assert len(lines[0].split(",")) == 5  # query, searches, no result, first clicks, click-through
    assert any(line.startswith("underwater datacentre kelp,1,1,0") for line in lines)


def test_the_report_is_closed_to_staff_who_cannot_manage_promotions(client, corpus):
    sign_in_staff(client, StaffFactory())
    response = client.get("/admin/reports/search-quality/")
    assert response.status_code in (302, 403)
