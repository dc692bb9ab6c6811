"""Booking a site visit: signed in or with a verified e-mail, the confirmation with its calendar file,
cancelling, places never overbooked, lapsed unverified bookings, and the public page in both languages."""

import re
from datetime import UTC, timedelta

from django.core import mail
from django.utils import timezone

import pytest

from land.visits import services
from land.visits.models import BookingStatus, VisitBooking
from tests.factories.accounts import UserFactory
from tests.factories.visits import VisitBookingFactory, VisitSlotFactory

pytestmark = pytest.mark.django_db


def _calendar(message):
    files = [(name, content, mimetype) for name, content, mimetype in message.attachments if name.endswith(".ics")]
    assert len(files) == 1, message.attachments
    name, content, mimetype = files[0]
    assert mimetype.startswith("text/calendar")
    return content


def _link(message):
    return re.search(r"https?://\S+/visits/booking/[\w-]+/", message.body).group(0)


def test_a_signed_in_investor_is_confirmed_at_once_with_a_calendar_file(
    slot, parcels, django_capture_on_commit_callbacks
):
    investor = UserFactory(preferred_language="en", email="investor@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.book_visit(
            slot.pk, user=investor, name="", email="", people=2, parcel_codes=["a-1"], language="en"
        )
    assert booking.status == BookingStatus.CONFIRMED
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["investor@example.com"]
    assert "is confirmed" in message.subject
    assert "A-1" in message.body and slot.guide in message.body
    calendar = _calendar(message)
    start = slot.starts_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"DTSTART:{start}\r\n" in calendar  # 09:00 in Đà Lạt is 02:00 UTC
    assert start.endswith("020000Z")
    assert "STATUS:CONFIRMED" in calendar and "BEGIN:VEVENT" in calendar


def test_a_visitor_without_an_account_confirms_by_the_e_mail_link(
    client, slot, parcels, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/vi/visits/",
            {"slot": slot.pk, "name": "Lê Văn An", "email": "an.le@example.com", "people": 1, "parcel_codes": ["A-2"]},
        )
    assert response.status_code == 302
    booking = VisitBooking.objects.get()
    assert booking.status == BookingStatus.UNVERIFIED and booking.user is None
    assert [m.to for m in mail.outbox] == [["an.le@example.com"]]
    assert "Xác nhận" in mail.outbox[0].subject
    assert not mail.outbox[0].attachments  # no calendar before the address is verified
    link = _link(mail.outbox[0])
    assert "/vi/visits/booking/" in link
    path = link.split("example.com", 1)[-1] if "example.com" in link else "/" + link.split("/", 3)[3]
    page = client.get(path)
    assert "Xác nhận chuyến tham quan" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path, {"action": "confirm"})
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["an.le@example.com"]
    assert "BEGIN:VCALENDAR" in _calendar(mail.outbox[1])


def test_a_slot_never_takes_more_people_than_its_capacity(slot):
    slot.capacity = 3
    slot.save()
    services.book_visit(slot.pk, name="A", email="a@example.com", people=2)
    with pytest.raises(services.VisitError, match="chỉ còn 1 chỗ"):
        services.book_visit(slot.pk, name="B", email="b@example.com", people=2)
    services.book_visit(slot.pk, name="C", email="c@example.com", people=1)
    with pytest.raises(services.VisitError, match="hết chỗ"):
        services.book_visit(slot.pk, name="D", email="d@example.com", people=1)
    assert slot.seats_left() == 0


def test_the_same_address_cannot_book_one_slot_twice(slot):
    services.book_visit(slot.pk, name="A", email="a@example.com")
    with pytest.raises(services.VisitError, match="đã đặt chuyến tham quan này"):
        services.book_visit(slot.pk, name="A", email="A@example.com")


def test_unverified_bookings_lapse_after_a_day_and_free_their_places(slot):
    slot.capacity = 1
    slot.save()
    booking = services.book_visit(slot.pk, name="A", email="a@example.com")
    assert slot.seats_left() == 0
    later = timezone.now() + timedelta(hours=25)
    assert slot.seats_left(later) == 1  # the seats are free once the day is over, job or not
    assert services.expire_unverified(now=later) == 1
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    with pytest.raises(services.VisitError, match="hết hiệu lực"):
        services.confirm_booking(booking.token)


def test_cancelling_by_the_link_frees_the_places_and_sends_a_cancelling_calendar_file(
    client, slot, django_capture_on_commit_callbacks
):
    slot.capacity = 1
    slot.save()
    investor = UserFactory(preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.book_visit(slot.pk, user=investor, name="", email="", language="en")
        response = client.post(f"/en/visits/booking/{booking.token}/", {"action": "cancel"})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert slot.seats_left() == 1
    assert "is cancelled" in mail.outbox[-1].subject
    calendar = _calendar(mail.outbox[-1])
    assert "METHOD:CANCEL" in calendar and "STATUS:CANCELLED" in calendar


def test_an_unknown_booking_link_is_not_found(client, db):
    assert client.get("/en/visits/booking/not-a-token/").status_code == 404


def test_a_visit_that_has_begun_can_no_longer_be_booked_or_cancelled(slot):
    booking = VisitBookingFactory(slot=slot)
    past = slot.starts_at + timedelta(minutes=1)
    with pytest.raises(services.VisitError, match="không còn nhận đặt"):
        services.book_visit(slot.pk, name="A", email="a@example.com", now=past)
    with pytest.raises(services.VisitError, match="đã bắt đầu"):
        services.cancel_booking(booking.token, now=past)


def test_the_visits_page_lists_upcoming_slots_with_places_left_in_both_languages(client, slot, land_pages):
    VisitSlotFactory(published=False, guide="Không công khai")
    VisitSlotFactory(date=timezone.localdate() - timedelta(days=1), guide="Đã qua")
    VisitBookingFactory(slot=slot, people=3)
    english = client.get("/en/visits/").content.decode()
    assert "Book a site visit" in english and "7 places left" in english and slot.guide in english
    assert "Không công khai" not in english and "Đã qua" not in english
    vietnamese = client.get("/vi/visits/").content.decode()
    assert "Đặt lịch tham quan" in vietnamese and "còn 7 chỗ" in vietnamese


def test_the_booking_form_of_a_chosen_slot_offers_the_parcels_asked_for(client, slot, parcels):
    page = client.get(f"/en/visits/?slot={slot.pk}&parcel=a-2").content.decode()
    assert 'value="A-2" id="id_parcel_codes_1" checked' in page or re.search(r'value="A-2"[^>]*checked', page)


def test_a_robot_filling_the_hidden_field_books_nothing_and_is_told_nothing(client, slot):
    response = client.post(
        "/en/visits/", {"slot": slot.pk, "name": "Bot", "email": "bot@example.com", "people": 1, "website": "x"}
    )
    assert response.status_code == 302
    assert not VisitBooking.objects.exists()
    assert not mail.outbox


def test_a_refused_booking_keeps_what_the_visitor_typed_and_says_why(client, slot):
    slot.capacity = 1
    slot.save()
    response = client.post("/en/visits/", {"slot": slot.pk, "name": "Mai Hoa", "email": "mai@example.com", "people": 3})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Only 1 place is left on this visit." in page
    assert 'value="Mai Hoa"' in page
