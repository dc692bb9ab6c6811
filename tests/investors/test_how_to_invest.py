"""How to invest: every statutory step with its facts, a personalised checklist (GET, so a link reproduces
it; printable; kept in the account when signed in), and answers that are wrong keep their values."""

from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings

import pytest

from investors.models import SavedChecklist
from tests.factories.accounts import UserFactory
from tests.factories.investors import HowToInvestPageFactory, translate_page

pytestmark = pytest.mark.django_db

FOREIGN_OFFICE_WITH_STAFF = {
    "origin": "foreign",
    "premises": "office",
    "foreign_staff": "yes",
    "sector": "software_production",
}
DOMESTIC_LAND_DATA_CENTRE = {"origin": "domestic", "premises": "land", "foreign_staff": "no", "sector": "data_centre"}


@pytest.fixture
def how_to(site_tree):
    page_vi = HowToInvestPageFactory(parent=site_tree["vi"], title="Hướng dẫn đầu tư", slug="huong-dan-dau-tu")
    page_en = translate_page(page_vi, "en", slug="how-to-invest", title="How to invest")
    return {"vi": page_vi, "en": page_en}


def titles_shown(html):
    names = (
        "Investment registration certificate",
        "Enterprise registration",
        "Land lease",
        "Office lease",
        "Environmental permit",
        "Work permits",
    )
    return {name for name in names if f"</span>{name}</h3>" in html}


def get(client, path, answers=None):
    return client.get(f"{path}?{urlencode(answers)}" if answers else path)


def test_every_step_shows_who_decides_the_legal_basis_documents_time_limit_fee_and_portal(client, how_to):
    html = get(client, "/en/how-to-invest/").content.decode()

    assert len(titles_shown(html)) == 6
    for fact in (
        "Who decides",
        "Authority of Enterprise registration",
        "Legal basis of Land lease",
        "Form for Work permits",
        "15 days",
        "Fee",
        'href="https://dichvucong.gov.vn"',
    ):
        assert fact in html


def test_a_foreign_investor_in_office_space_with_foreign_experts_gets_only_their_steps(client, how_to):
    html = get(client, "/en/how-to-invest/", FOREIGN_OFFICE_WITH_STAFF).content.decode()

    assert titles_shown(html) == {
        "Investment registration certificate",
        "Enterprise registration",
        "Office lease",
        "Work permits",
    }
    assert "4 steps of 6 apply to your project." in html


def test_a_domestic_data_centre_on_land_gets_the_land_and_environment_steps_but_no_foreign_ones(client, how_to):
    html = get(client, "/en/how-to-invest/", DOMESTIC_LAND_DATA_CENTRE).content.decode()

    assert titles_shown(html) == {"Enterprise registration", "Land lease", "Environmental permit"}


def test_a_step_for_one_sector_is_left_out_for_another(client, how_to):
    answers = {**DOMESTIC_LAND_DATA_CENTRE, "sector": "software_services"}

    html = get(client, "/en/how-to-invest/", answers).content.decode()

    assert "Environmental permit" not in titles_shown(html)


def test_the_same_link_gives_the_same_checklist_and_the_page_offers_it(client, how_to):
    first = get(client, "/en/how-to-invest/", FOREIGN_OFFICE_WITH_STAFF).content.decode()
    again = get(client, "/en/how-to-invest/", FOREIGN_OFFICE_WITH_STAFF).content.decode()

    assert titles_shown(first) == titles_shown(again)
    assert f'href="/en/how-to-invest/?{urlencode(FOREIGN_OFFICE_WITH_STAFF).replace("&", "&amp;")}"' in first


def test_bad_answers_keep_the_given_values_and_explain_in_vietnamese(client, how_to):
    response = get(client, "/vi/huong-dan-dau-tu/", {"origin": "foreign", "premises": "moon", "sector": ""})
    html = response.content.decode()

    assert response.status_code == 200
    assert "checked" in html.split('value="foreign"')[1].split(">")[0]  # the answer given is kept
    assert "Hãy chọn một trong các phương án đưa ra." in html  # premises=moon
    assert "Hãy cho biết bạn có tuyển chuyên gia nước ngoài không." in html  # foreign_staff missing
    assert "Hãy chọn lĩnh vực của dự án." in html  # sector empty
    assert html.count('class="procedure-steps__item"') == 6  # every step still shown


def test_the_checklist_prints_without_the_questions_and_with_a_print_button(client, how_to):
    html = get(client, "/en/how-to-invest/", FOREIGN_OFFICE_WITH_STAFF).content.decode()
    stylesheet = (Path(settings.BASE_DIR) / "static/css/investors.css").read_text()

    assert "data-print" in html and "Print this checklist" in html
    assert 'class="checklist-form panel no-print"' in html
    print_rules = stylesheet.split("@media print")[-1]
    assert ".how-to-invest-page .checklist-form" in print_rules and "display: none" in print_rules


def test_a_signed_in_investor_keeps_the_checklist_and_finds_it_on_the_account_page(client, how_to):
    investor = UserFactory()
    client.force_login(investor)
    assert "Save to my account" in get(client, "/en/how-to-invest/", FOREIGN_OFFICE_WITH_STAFF).content.decode()

    response = client.post("/en/how-to-invest/save/", FOREIGN_OFFICE_WITH_STAFF)
    client.post("/en/how-to-invest/save/", FOREIGN_OFFICE_WITH_STAFF)  # twice: kept once

    assert response.status_code == 302
    assert SavedChecklist.objects.filter(owner=investor).count() == 1
    dashboard = client.get("/en/account/").content.decode()
    assert "Saved investment checklists" in dashboard
    assert "A foreign investor · In office space · with foreign staff · Software production" in dashboard
    assert f"/en/how-to-invest/?{urlencode(FOREIGN_OFFICE_WITH_STAFF)}".replace("&", "&amp;") in dashboard
    vietnamese = client.get("/vi/account/").content.decode()
    assert f"/vi/huong-dan-dau-tu/?{urlencode(FOREIGN_OFFICE_WITH_STAFF)}".replace("&", "&amp;") in vietnamese


def test_saving_needs_a_signed_in_investor_and_complete_answers(client, how_to):
    assert "/login/" in client.post("/en/how-to-invest/save/", FOREIGN_OFFICE_WITH_STAFF)["Location"]

    client.force_login(UserFactory())
    client.post("/en/how-to-invest/save/", {**FOREIGN_OFFICE_WITH_STAFF, "sector": "astrology"})

    assert not SavedChecklist.objects.exists()
