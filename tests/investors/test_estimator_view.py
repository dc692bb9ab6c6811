"""The estimator page: a shareable GET form, the year-by-year table with citations, and its printable view."""

from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests.factories.investors import IncentiveRuleFactory, PolicyPageFactory, clause, translate_page
from tests.investors.test_estimator_form import BAD_INPUTS

pytestmark = pytest.mark.django_db

PROFILE = {
    "sector": "software_production",
    "capital_usd": "2000000",
    "employees": "80",
    "annual_revenue_usd": "2000000",  # VND 50.8 billion: the 20% standard rate of Law 67/2025/QH15
    "profit_margin": "10",
    "parcel": "",
    "years": "16",
}


def estimate_url(language, **changes):
    prefix = "/vi/uu-dai-dau-tu" if language == "vi" else "/en/incentives"
    return f"{prefix}/estimate/?{urlencode({**PROFILE, **changes})}"


def test_an_english_estimate_shows_yearly_savings_with_links_to_the_english_clauses(client, software_policy, land_stub):
    response = client.get(estimate_url("en"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Corporate income tax exemption for 4 years" in html
    assert 'href="/en/incentives/software-tax/#art-16-1"' in html
    assert "Tax incentives for software, Article 16(1)" in html
    # 16 years of 200,000 profit: standard 640,000; with incentives 170,000; saving 470,000 USD.
    assert "470,000.00" in html
    assert "11,938,000,000" in html  # the same saving in đồng at 25,400


def test_a_vietnamese_estimate_cites_the_vietnamese_page_in_vietnamese(client, software_policy, land_stub):
    response = client.get(estimate_url("vi"))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/vi/uu-dai-dau-tu/thue-phan-mem/#art-16-1"' in html
    assert "Điều 16 khoản 1" in html
    assert "Miễn thuế thu nhập doanh nghiệp 4 năm" in html
    assert "470.000,00" in html  # Vietnamese digit grouping
    assert "11.938.000.000" in html


def test_the_estimate_is_a_shareable_link_that_gives_the_same_result(client, software_policy, land_stub):
    url = estimate_url("en")
    first = client.get(url).content.decode()
    again = client.get(url).content.decode()

    assert "470,000.00" in first and "470,000.00" in again
    assert f'href="{url.replace("&", "&amp;")}"' in first


def test_the_printable_view_shows_the_table_without_the_site_navigation(client, software_policy, land_stub):
    response = client.get(estimate_url("en").replace("/estimate/?", "/estimate/print/?"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "470,000.00" in html
    assert "site-header" not in html
    assert "Software production" in html  # the profile is restated


def test_a_parcel_gives_land_rent_at_its_list_price_and_the_exemption_clause(client, incentives, land_stub):
    policy = PolicyPageFactory(parent=incentives["vi"], slug="dat", clauses=[clause(39, 1)], category="land")
    IncentiveRuleFactory(
        policy=policy,
        benefit="land_rent_exemption",
        rate_percent=None,
        years=11,
        article=39,
        starts="project_start",
        requires_park_location=True,
    )
    response = client.get(estimate_url("en", parcel="A-12", years="12"))

    html = response.content.decode()
    assert "parcel A-12, 2,000 m² at 2.50 USD" in html
    assert 'href="/en/land/a-12/"' in html
    assert "Land rent exemption for 11 years" in html
    assert "55,000.00" in html  # 11 years x 2,000 m² x 2.50 USD


def test_a_software_firm_without_land_or_office_still_gets_its_tax_incentives(client, software_policy, land_stub):
    html = client.get(estimate_url("en", parcel="", area_m2="")).content.decode()

    assert "470,000.00" in html  # the software package applies with no parcel or area
    assert "land rent is left out; tax incentives still apply" in html


def test_a_project_outside_the_park_is_told_which_rules_need_the_park_location(client, incentives, land_stub):
    policy = PolicyPageFactory(parent=incentives["vi"], slug="khu")
    IncentiveRuleFactory(policy=policy, requires_park_location=True)

    inside = client.get(estimate_url("en")).content.decode()
    outside = client.get(estimate_url("en", location="elsewhere")).content.decode()

    assert "only for projects located in the park" not in inside
    assert "Rules that do not apply to this project" in outside
    assert "only for projects located in the park" in outside


def test_overlapping_rules_give_only_the_more_favourable_one_and_the_page_says_so(client, software_policy, land_stub):
    IncentiveRuleFactory(policy=software_policy, title="17%", rate_percent=17, years=10, package="regional")

    html = client.get(estimate_url("en")).content.decode()

    assert "470,000.00" in html  # unchanged: the 17% package is not added
    assert "Not added:" in html and "Corporate income tax at 17% for 10 years" in html
    assert "never both" in html


def test_rules_of_a_superseded_policy_do_not_apply_to_later_projects_but_an_estimate_as_of_before_does(
    client, software_policy, land_stub
):
    software_policy.status = "superseded"
    software_policy.save_revision().publish()
    next_year = str(timezone.localdate().year + 1)

    html = client.get(estimate_url("en", start_year=next_year)).content.decode()
    as_of_before = client.get(estimate_url("en", start_year=next_year, as_of="2020-01-01")).content.decode()

    assert "None of the rules applies to this project." in html
    assert "not in force in the years estimated" in html
    assert "Computed with the law as it stood on" in as_of_before
    assert "Corporate income tax exemption for 4 years" in as_of_before.split("Incentives applied")[1].split("<h3")[0]


def test_every_invalid_input_re_renders_the_form_with_its_error_and_http_200(client, software_policy, land_stub):
    for changes, message in BAD_INPUTS:
        response = client.get(estimate_url("en", **changes))

        html = response.content.decode()
        assert response.status_code == 200, changes
        assert message in html, changes
        assert "Your estimate" not in html, changes


def test_form_errors_are_translated_into_vietnamese(client, software_policy, land_stub):
    response = client.get(estimate_url("vi", sector="astrology", years="99"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Hãy chọn một lĩnh vực trong danh sách." in html
    assert "Chỉ ước tính từ 1 đến 30 năm." in html


def test_the_estimator_runs_the_same_number_of_queries_for_few_or_many_rules(client, incentives, land_stub):
    def queries_with(policy_count, rules_per_policy):
        for _policy in range(policy_count):
            policy = PolicyPageFactory(parent=incentives["vi"])
            translate_page(policy, "en", slug=f"{policy.slug}-en", title=f"{policy.title} EN")
            for _rule in range(rules_per_policy):
                IncentiveRuleFactory(policy=policy)
        client.get(estimate_url("en"))  # warm the per-process caches (site root paths, settings)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(estimate_url("en")).status_code == 200
        return len(captured)

    assert queries_with(1, 2) == queries_with(4, 6)
