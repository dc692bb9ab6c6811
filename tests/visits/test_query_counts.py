"""The visit slot list and the staff calendar with the day's list run the same number of SQL queries for
10 or 200 rows (slots, bookings)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.visits import VisitBookingFactory, VisitSlotFactory

pytestmark = pytest.mark.django_db


def queries_for(client, path):
    client.get(path)  # warm caches (site root, settings)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def slots_to(total):
    from land.visits.models import VisitSlot

    first = timezone.localdate() + datetime.timedelta(days=1)
    for number in range(VisitSlot.objects.count(), total):
        slot = VisitSlotFactory(date=first + datetime.timedelta(days=number % 28), start_time=datetime.time(8, 0),
                                end_time=datetime.time(9, 0))  # fmt: skip
        VisitBookingFactory(slot=slot, parcel_codes=["A-1"])


def test_the_slot_list_takes_the_same_queries_for_10_or_200_slots(client, site_tree):
    slots_to(10)
    small = queries_for(client, "/en/visits/")
    slots_to(200)
    assert queries_for(client, "/en/visits/") == small


def bookings_to(slot, total):
    for _number in range(slot.bookings.count(), total):
        VisitBookingFactory(slot=slot, people=1, parcel_codes=["A-1", "A-2"], other_items="T1-201")


def test_the_staff_calendar_and_day_list_take_the_same_queries_for_10_or_200_bookings(client, site_tree):
    day = timezone.localdate() + datetime.timedelta(days=2)
    morning = VisitSlotFactory(date=day, capacity=200)
    afternoon = VisitSlotFactory(date=day, start_time=datetime.time(14, 0), end_time=datetime.time(16, 0), capacity=200)
    sign_in_staff(client, StaffFactory(groups=["Land officer"]))
    path = f"/admin/visits/slots/calendar/?day={day.isoformat()}"
    bookings_to(morning, 5)
    bookings_to(afternoon, 5)
    small = queries_for(client, path)
    bookings_to(morning, 100)
    bookings_to(afternoon, 100)
    page = client.get(path).content.decode()
    assert page.count("T1-201") == 200
    assert queries_for(client, path) == small
