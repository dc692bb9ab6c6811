"""The incentives demo: bilingual policies whose rules are valid, under review, repeatable and scaled.

Runs on the shared seeded database (`seeded_demo`, tests/conftest.py).
"""

from wagtail.models import GroupPagePermission, WorkflowPage

import pytest

from core.seeding import DEMO_MARK, SeedContext
from investors.demo.seeding import seed_incentives
from investors.models import HowToInvestPage, IncentiveRule, PolicyIndexPage, PolicyPage

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]


def counts():
    return (
        PolicyPage.objects.count(),
        IncentiveRule.objects.count(),
        PolicyIndexPage.objects.count(),
        HowToInvestPage.objects.count(),
    )


def test_every_demo_policy_is_live_in_both_languages_marked_as_demo_with_valid_rules(seeded_demo):
    vietnamese = PolicyPage.objects.filter(locale__language_code="vi")
    english = PolicyPage.objects.filter(locale__language_code="en")
    assert vietnamese.exists()
    assert vietnamese.live().count() == vietnamese.count() == english.live().count() == english.count()
    assert all(DEMO_MARK in policy.summary for policy in PolicyPage.objects.all())
    for policy in vietnamese:
        rules = list(policy.incentive_rules.all())
        assert rules, policy.title
        for rule in rules:
            rule.full_clean()  # every rule cites a clause that exists on its policy


def test_the_seed_puts_both_policy_indexes_under_review_for_editors(seeded_demo):
    indexes = PolicyIndexPage.objects.all()
    assert {index.locale.language_code for index in indexes} == {"vi", "en"}
    for index in indexes:
        assert WorkflowPage.objects.get(page=index).workflow.name == "Duyệt chính sách"  # seeded in the site language
        editor_codenames = set(
            GroupPagePermission.objects.filter(page=index, group__name="Editor").values_list(
                "permission__codename", flat=True
            )
        )
        assert editor_codenames == {"add_page", "change_page"}


def test_seeding_incentives_again_changes_nothing(seeded_demo):
    once = counts()
    seed_incentives(SeedContext(homes=seeded_demo.homes))
    assert counts() == once


def test_scale_two_doubles_policies_and_rules_but_not_the_indexes(seeded_demo):
    once = counts()
    seed_incentives(SeedContext(homes=seeded_demo.homes, scale=2))
    assert counts() == (once[0] * 2, once[1] * 2, once[2], once[3])
    for rule in IncentiveRule.objects.all():
        rule.full_clean()


def test_the_seeded_estimator_gives_a_software_company_in_the_park_its_incentives(client, seeded_demo):
    response = client.get(
        "/en/incentives/estimate/?sector=software_production&capital_usd=3000000&employees=120"
        "&annual_revenue_usd=2000000&profit_margin=18&area_m2=4000&years=15"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Corporate income tax exemption for 4 years" in html
    assert "Not added:" in html  # the IT-zone and science-and-technology packages overlap the software one
    assert "Import duty: " not in html  # staff titles stay internal; the clause heading is shown instead
    assert "Goods forming fixed assets" in html


def test_the_how_to_invest_page_is_live_in_both_languages_with_the_whole_chain_under_legal_review(seeded_demo):
    pages = {page.locale.language_code: page for page in HowToInvestPage.objects.live()}
    assert set(pages) == {"vi", "en"}
    assert pages["en"].url.endswith("/en/how-to-invest/")
    for page in pages.values():
        steps = [step.value for step in page.steps]
        assert len(steps) == 11
        assert all(step["authority"] and step["legal_basis"] and step["time_limit"] and step["fee"] for step in steps)
        assert WorkflowPage.objects.get(page=page).workflow.name == "Duyệt chính sách"
    titles = [step.value["title"] for step in pages["en"].steps]
    assert titles[1] == "Investment registration certificate" and "Work permits for foreign experts" in titles
    # Facts that could not be verified say so, in the page's language.
    assert "to be confirmed" in str(pages["en"].steps.raw_data)
    assert "cần xác nhận" in str(pages["vi"].steps.raw_data)
