"""The demo applications: every state reached through the real workflow, repeatable, scaled by `--scale`.

Runs on the shared seeded database (`seeded_demo`, tests/conftest.py).
"""

import pytest

from core.seeding import SeedContext
from investors.applications.demo.seeding import seed_applications
from investors.applications.models import ApplicationStatus, InvestmentApplication, StatusChange
from investors.applications.models.documents import REQUIRED_KINDS

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]


def test_every_application_state_is_shown_by_the_demo(seeded_demo):
    current = set(InvestmentApplication.objects.values_list("status", flat=True))
    reached = set(StatusChange.objects.values_list("to_status", flat=True))
    assert current | reached == set(ApplicationStatus.values)
    countries = set(InvestmentApplication.objects.values_list("country", flat=True))
    assert "VN" in countries and countries - {"VN", ""}  # domestic and foreign investors


def test_each_demo_timeline_is_a_chain_of_allowed_steps_ending_in_its_status(seeded_demo):
    from investors.applications import workflow

    allowed = {(source, step.target) for step in workflow.TRANSITIONS.values() for source in step.sources}
    for application in InvestmentApplication.objects.prefetch_related("status_changes"):
        changes = sorted(application.status_changes.all(), key=lambda change: (change.created_at, change.pk))
        status = ApplicationStatus.DRAFT
        for change in changes:
            assert change.from_status == status, application.company_name
            assert (change.from_status, change.to_status) in allowed, application.company_name
            status = change.to_status
        assert application.status == status, application.company_name
        if application.status != ApplicationStatus.DRAFT:
            kinds = set(application.documents.values_list("kind", flat=True))
            assert set(REQUIRED_KINDS) <= kinds, application.company_name
            assert application.reference


def test_seeding_applications_again_changes_nothing(seeded_demo):
    before = InvestmentApplication.objects.count(), StatusChange.objects.count()
    seed_applications(SeedContext(homes=seeded_demo.homes))
    assert (InvestmentApplication.objects.count(), StatusChange.objects.count()) == before


def test_scale_two_doubles_the_applications_in_each_state(seeded_demo):
    def by_status():
        return {status: InvestmentApplication.objects.filter(status=status).count() for status in ApplicationStatus}

    before = by_status()
    seed_applications(SeedContext(homes=seeded_demo.homes, scale=2))
    assert by_status() == {status: 2 * count for status, count in before.items()}
