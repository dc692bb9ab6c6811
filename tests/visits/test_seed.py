"""The visits demo: upcoming slots in both languages, repeatable, more weeks with `--scale`.

Runs on the shared seeded database (`seeded_demo`, tests/conftest.py)."""

from django.utils import timezone

import pytest

from core.seeding import SeedContext
from land.visits.demo.seeding import seed_visits
from land.visits.models import Enquiry, VisitBooking, VisitSlot

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]


def counts():
    return VisitSlot.objects.count(), VisitBooking.objects.count(), Enquiry.objects.count()


def test_the_demo_offers_upcoming_bookable_slots_with_meeting_points_in_both_languages(seeded_demo):
    slots = list(VisitSlot.objects.upcoming())
    assert len(slots) >= 8
    for slot in slots:
        slot.full_clean()
        assert slot.meeting_point_vi and slot.meeting_point_en
        assert slot.date > timezone.localdate() and slot.seats_left() > 0
    assert VisitBooking.objects.filter(status="confirmed").exists()
    assert Enquiry.objects.exists()


def test_seeding_visits_again_changes_nothing_and_scale_two_doubles_the_weeks(seeded_demo):
    before = counts()
    seed_visits(SeedContext(homes=seeded_demo.homes))
    assert counts() == before
    seed_visits(SeedContext(homes=seeded_demo.homes, scale=2))
    assert VisitSlot.objects.count() == 2 * before[0]
