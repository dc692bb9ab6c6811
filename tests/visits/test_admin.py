"""The visits admin: the calendar and the day's list for land officers, slots they publish, the
enquiry inbox; bookings are read-only; no booker's name for staff without the bookings permission."""

from django.contrib.auth.models import Permission
from django.utils import timezone

import pytest

from land.visits.models import VisitSlot
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.visits import EnquiryFactory, VisitBookingFactory, VisitSlotFactory

pytestmark = pytest.mark.django_db


def test_the_calendar_shows_four_weeks_and_the_days_list_with_who_comes(client, land_officer):
    slot = VisitSlotFactory()
    VisitBookingFactory(slot=slot, name="Emma Schulz", people=3, parcel_codes=["B-3"])
    VisitBookingFactory(slot=slot, name="Hủy Rồi", status="cancelled")
    sign_in_staff(client, land_officer)
    page = client.get(f"/admin/visits/slots/calendar/?day={slot.date.isoformat()}").content.decode()
    assert "Emma Schulz" in page and "B-3" in page
    assert "Hủy Rồi" not in page  # cancelled bookings are not on the day's list
    assert "đã đặt 3 trên 10 chỗ" in page
    assert "3/10" in page  # the slot in the four-week grid


def test_the_menu_opens_the_calendar_for_land_officers(client, land_officer):
    sign_in_staff(client, land_officer)
    home = client.get("/admin/").content.decode()
    assert "/admin/visits/slots/calendar/" in home


def test_a_land_officer_publishes_a_slot(client, land_officer):
    sign_in_staff(client, land_officer)
    day = (timezone.localdate() + timezone.timedelta(days=10)).isoformat()
    response = client.post(
        "/admin/visits/slots/new/",
        {"date": day, "start_time": "09:00", "end_time": "11:00", "guide": "Trần Minh Đức", "capacity": 8,
         "meeting_point_vi": "Cổng chính", "meeting_point_en": "", "published": "on"},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == "/admin/visits/slots/", response.get("Location")
    slot = VisitSlot.objects.get()
    assert slot.guide == "Trần Minh Đức" and slot.capacity == 8


def test_a_slot_ending_before_it_starts_is_refused(client, land_officer):
    sign_in_staff(client, land_officer)
    day = (timezone.localdate() + timezone.timedelta(days=10)).isoformat()
    response = client.post(
        "/admin/visits/slots/new/",
        {"date": day, "start_time": "11:00", "end_time": "09:00", "guide": "X", "capacity": 8},
    )
    assert response.status_code == 200
    assert not VisitSlot.objects.exists()


def test_bookings_are_read_only_in_the_admin(client, land_officer):
    booking = VisitBookingFactory()
    sign_in_staff(client, land_officer)
    assert client.get("/admin/visits/bookings/").status_code == 200
    assert client.get(f"/admin/visits/bookings/edit/{booking.pk}/").status_code in (302, 403)


def test_the_enquiry_inbox_lists_questions_and_officers_mark_them_answered(client, land_officer):
    enquiry = EnquiryFactory()
    sign_in_staff(client, land_officer)
    assert enquiry.name in client.get("/admin/visits/enquiries/").content.decode()
    response = client.post(f"/admin/visits/enquiries/edit/{enquiry.pk}/", {"answered": "on"})
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.answered


def test_staff_without_the_bookings_permission_see_no_names_on_the_calendar(client):
    slot = VisitSlotFactory(date=timezone.localdate())
    VisitBookingFactory(slot=slot, name="Tên Riêng Tư")
    editor = StaffFactory(groups=["Editor"])
    editor.user_permissions.add(*Permission.objects.filter(codename="view_visitslot"))
    sign_in_staff(client, editor)
    page = client.get("/admin/visits/slots/calendar/").content.decode()
    assert "Tên Riêng Tư" not in page
