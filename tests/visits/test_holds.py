"""Visit holds: a confirmed visit keeps one available parcel for the days staff set; no second hold;
the scheduler records expiry; cancelling releases it; a reservation always ends it."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from core import scheduler
from land import services as land
from land.models import HoldEnd, ParcelHold, ParcelStatus
from land.visits import services
from land.visits.models import VisitSettings
from tests.factories.accounts import StaffFactory, UserFactory

pytestmark = pytest.mark.django_db


def _book(slot, code, email="a@example.com", **kwargs):
    user = UserFactory(email=email, preferred_language="en")
    return services.book_visit(
        slot.pk, user=user, name="", email="", parcel_codes=[code], hold_parcel=code, language="en", **kwargs
    )


def test_a_confirmed_visit_holds_the_parcel_for_the_days_staff_set_and_says_so(
    slot, parcels, django_capture_on_commit_callbacks
):
    settings = VisitSettings.load()
    settings.hold_days = 5
    settings.save()
    with django_capture_on_commit_callbacks(execute=True):
        booking = _book(slot, "A-1")
    hold = land.active_hold("A-1")
    assert hold is not None
    assert abs(hold.expires_at - (booking.confirmed_at + timedelta(days=5))) < timedelta(seconds=1)
    assert "Parcel A-1 is held for you until" in mail.outbox[-1].body


def test_a_second_visitor_cannot_hold_a_held_parcel_but_still_gets_the_visit(
    slot, parcels, django_capture_on_commit_callbacks
):
    _book(slot, "A-1", email="first@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        second = _book(slot, "A-1", email="second@example.com")
    assert second.status == "confirmed"
    assert ParcelHold.objects.filter(ended_at__isnull=True).count() == 1
    assert land.holds_of(services.hold_reference(second)) == []
    assert "Parcel A-1 could not be held" in mail.outbox[-1].body
    with pytest.raises(land.HoldRefused):
        land.place_hold("A-1", reference="visit:x", holder="x", days=3)


def test_no_hold_is_placed_when_staff_set_zero_days(slot, parcels):
    settings = VisitSettings.load()
    settings.hold_days = 0
    settings.save()
    _book(slot, "A-1")
    assert land.active_hold("A-1") is None


def test_a_reserved_parcel_cannot_be_held(slot, parcels):
    parcels[0].status = ParcelStatus.RESERVED
    parcels[0].save()
    _book(slot, "A-1")
    assert land.active_hold("A-1") is None


def test_holds_expire_through_the_scheduler_and_the_parcel_can_be_held_again(slot, parcels):
    booking = _book(slot, "A-1")
    later = timezone.now() + timedelta(days=VisitSettings.load().hold_days, minutes=1)
    assert land.active_hold("A-1", now=later) is None  # over when its time is up, job or not
    ParcelHold.objects.update(expires_at=timezone.now() - timedelta(minutes=1))  # its days have passed
    outcomes = scheduler.run_due(only={"land-expire-holds"})
    assert outcomes["land-expire-holds"] == "ok: 1"
    hold = ParcelHold.objects.get(reference=services.hold_reference(booking))
    assert hold.end_reason == HoldEnd.EXPIRED and hold.ended_at is not None
    land.place_hold("A-1", reference="visit:later", holder="Later visitor", days=2)


def test_cancelling_the_visit_releases_its_hold(slot, parcels):
    booking = _book(slot, "A-1")
    services.cancel_booking(booking.token)
    assert land.active_hold("A-1") is None
    assert ParcelHold.objects.get().end_reason == HoldEnd.RELEASED


def test_reserving_a_held_parcel_ends_the_hold(slot, parcels):
    _book(slot, "A-1")
    officer = StaffFactory(groups=["Land officer"])
    land.reserve("A-1", actor=officer, reason="Application HS-1")
    assert land.active_hold("A-1") is None
    assert ParcelHold.objects.get().end_reason == HoldEnd.SUPERSEDED
