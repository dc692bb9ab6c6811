"""The demo applications: every state, from domestic and foreign companies, created once."""

import pytest

from core.seeding import SeedContext
from investors.applications.demo.seeding import seed_applications
from investors.applications.models import InvestmentApplication
from tests.factories.applications import ensure_review_group

pytestmark = pytest.mark.django_db


def test_seeding_covers_every_state_and_is_idempotent(site_tree):
    for name in ("Investment officer", "Director"):
        ensure_review_group(name)
    seed_applications(SeedContext(homes=site_tree))
    statuses = set(InvestmentApplication.objects.values_list("status", flat=True))
    assert {
        "draft",
        "submitted",
        "screening",
        "info_requested",
        "appraisal",
        "approved",
        "rejected",
        "withdrawn",
    } <= statuses
    assert {"VN", "JP", "US"} <= set(InvestmentApplication.objects.values_list("country", flat=True))
    count = InvestmentApplication.objects.count()
    seed_applications(SeedContext(homes=site_tree))
    assert InvestmentApplication.objects.count() == count
    info = InvestmentApplication.objects.get(status="info_requested")
    assert info.messages.exists() and info.documents.count() == 3
