"""Places and holds are never oversold: concurrent bookings and holds against PostgreSQL, each thread
in its own connection."""

from concurrent.futures import ThreadPoolExecutor

from django.db import connection

import pytest

from land import services as land
from land.models import ParcelHold, ParcelStatus
from land.visits import services
from tests.factories.accounts import StaffFactory
from tests.factories.land import ParcelFactory
from tests.factories.visits import VisitSlotFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _run(function, arguments, workers=20):
    def attempt(argument):
        try:
            return function(argument)
        except (services.VisitError, land.LandServiceError) as error:
            return f"refused: {error}"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(attempt, arguments))


def test_60_concurrent_bookings_for_12_places_book_exactly_12_people():
    slot = VisitSlotFactory(capacity=12)
    results = _run(
        lambda n: services.book_visit(slot.pk, name=f"V{n}", email=f"v{n}@example.com", people=1 + n % 2).status,
        range(60),
    )
    booked = [result for result in results if not result.startswith("refused")]
    assert booked and len(booked) < 60
    assert slot.seats_taken() <= 12
    assert slot.seats_taken() >= 11  # refusals only once the slot could not take the next party


def test_the_same_address_booking_ten_times_at_once_gets_one_booking():
    slot = VisitSlotFactory(capacity=50)
    results = _run(lambda n: services.book_visit(slot.pk, name="A", email="same@example.com").status, range(10), 10)
    assert results.count("unverified") == 1
    assert slot.bookings.count() == 1


def test_twenty_concurrent_holds_on_one_parcel_leave_exactly_one():
    ParcelFactory(code="A-1")
    results = _run(lambda n: land.place_hold("A-1", reference=f"visit:{n}", holder=f"V{n}", days=3).code, range(20))
    assert results.count("A-1") == 1
    assert ParcelHold.objects.filter(ended_at__isnull=True).count() == 1


def test_holds_and_a_reservation_racing_never_leave_a_reserved_parcel_held():
    ParcelFactory(code="A-1")
    officer = StaffFactory(groups=["Land officer"])

    def act(n):
        if n == 5:
            return land.reserve("A-1", actor=officer, reason="Application HS-1").status
        return land.place_hold("A-1", reference=f"visit:{n}", holder=f"V{n}", days=3).code

    for _round in range(3):
        results = _run(act, range(10), 10)
        assert "reserved" in results
        assert not ParcelHold.objects.filter(ended_at__isnull=True, parcel__status=ParcelStatus.RESERVED).exists()
        land.release("A-1", actor=officer, reason="Next round")
        ParcelHold.objects.all().delete()
