"""The incentives seed step: bilingual demo policies with rules, the review workflow, idempotent and scalable."""

from wagtail.models import GroupPagePermission, WorkflowPage

import pytest

from core.seeding import DEMO_MARK, SeedContext
from investors.demo.seeding import seed_incentives
from investors.models import IncentiveRule, PolicyIndexPage, PolicyPage

pytestmark = pytest.mark.django_db


def counts():
    return (PolicyPage.objects.count(), IncentiveRule.objects.count(), PolicyIndexPage.objects.count())


def test_the_seed_creates_twelve_or_more_policies_per_language_each_with_valid_rules(site_tree):
    seed_incentives(SeedContext(homes=site_tree))

    for language in ("vi", "en"):
        policies = PolicyPage.objects.filter(locale__language_code=language).live()
        assert policies.count() >= 12
        assert all(DEMO_MARK in policy.summary for policy in policies)
    for policy in PolicyPage.objects.filter(locale__language_code="vi"):
        rules = list(policy.incentive_rules.all())
        assert rules, policy.title
        for rule in rules:
            rule.full_clean()  # every rule cites a clause that exists on its policy
    english_titles = set(PolicyPage.objects.filter(locale__language_code="en").values_list("title", flat=True))
    assert "Corporate income tax incentives for software production projects" in english_titles


def test_the_seed_assigns_the_review_workflow_and_editor_permissions_to_both_indexes(site_tree):
    seed_incentives(SeedContext(homes=site_tree))

    for index in PolicyIndexPage.objects.all():
        assert WorkflowPage.objects.get(page=index).workflow.name == "Duyệt chính sách"  # the site language
        editor_codenames = set(
            GroupPagePermission.objects.filter(page=index, group__name="Editor").values_list(
                "permission__codename", flat=True
            )
        )
        assert editor_codenames == {"add_page", "change_page"}
    assert PolicyIndexPage.objects.get(locale__language_code="en").url == "/en/incentives/"
    assert PolicyIndexPage.objects.get(locale__language_code="vi").url == "/vi/uu-dai-dau-tu/"


def test_running_the_seed_twice_changes_nothing_and_scale_multiplies_policies(site_tree):
    seed_incentives(SeedContext(homes=site_tree))
    once = counts()
    seed_incentives(SeedContext(homes=site_tree))
    assert counts() == once

    seed_incentives(SeedContext(homes=site_tree, scale=2))
    assert counts() == (once[0] * 2, once[1] * 2, once[2])


def test_the_seeded_estimator_gives_a_software_company_in_the_park_its_incentives(client, site_tree):
    seed_incentives(SeedContext(homes=site_tree))

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
