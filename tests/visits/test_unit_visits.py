"""Visiting office space: the unit page's "Book a visit" link ticks the unit on the booking form, the
booking keeps the units to see, and the confirmation and its calendar file name them."""

import re
from decimal import Decimal

from django.core import mail

import pytest

from land.visits import services
from land.visits.models import BookingStatus, VisitBooking
from tests.factories.accounts import UserFactory
from tests.factories.land import BuildingFactory, UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_pages(site_tree):
    from land.demo.offices import seed_office_pages

    page_vi, page_en = seed_office_pages(site_tree)
    return {"vi": page_vi, "en": page_en}


@pytest.fixture
def units(db):
    tower = BuildingFactory(code="T1")
    return {
        "office": UnitFactory(building=tower, code="T1-201", area_m2=Decimal("120")),
        "leased": UnitFactory(building=tower, code="T1-202", status="leased"),
        "draft": UnitFactory(building=tower, code="T1-301", live=False),
    }


def test_the_unit_page_links_to_the_visits_page_with_the_unit_chosen(client, office_pages, units):
    page = client.get("/en/offices/t1-201/").content.decode()
    assert 'href="/en/visits/?unit=T1-201"' in page and "Book a visit" in page
    leased = client.get("/vi/van-phong/t1-202/").content.decode()
    assert 'href="/vi/visits/?unit=T1-202"' in leased and "Đặt lịch tham quan" in leased  # a let unit can be shown


def test_the_booking_form_of_a_chosen_slot_ticks_the_unit_asked_for(client, slot, units):
    page = client.get(f"/en/visits/?slot={slot.pk}&unit=t1-201").content.decode()
    assert "Office units you want to see" in page
    assert re.search(r'name="unit_codes" value="T1-201"[^>]*checked', page)
    assert not re.search(r'name="unit_codes" value="T1-202"[^>]*checked', page)
    assert 'value="T1-301"' not in page  # drafts are not offered
    chosen = client.get("/en/visits/?unit=t1-201").content.decode()
    assert f"?slot={slot.pk}&amp;unit=T1-201#" in chosen  # each slot's "Book" keeps the unit ticked


def test_a_signed_in_investors_unit_visit_is_confirmed_with_the_unit_in_the_mail_and_calendar(
    slot, units, django_capture_on_commit_callbacks
):
    investor = UserFactory(preferred_language="en", email="unit.visitor@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.book_visit(
            slot.pk, user=investor, name="", email="", people=1, unit_codes=["t1-201"], language="en"
        )
    assert (booking.status, booking.unit_codes, booking.parcel_codes) == (BookingStatus.CONFIRMED, ["T1-201"], [])
    assert booking.items_text == "T1-201"
    [message] = mail.outbox
    assert "T1-201" in message.body
    [calendar] = [content for name, content, _type in message.attachments if name == "visit.ics"]
    assert "To see: T1-201." in calendar.replace("\r\n ", "")  # the event names the unit (lines unfolded)


def test_a_visitor_books_a_unit_through_the_form_and_is_refused_an_unknown_one(client, slot, units):
    data = {"slot": slot.pk, "name": "Lê Văn An", "email": "an@example.com", "people": 1, "unit_codes": ["T1-201"]}
    assert client.post("/en/visits/", data).status_code == 302
    assert VisitBooking.objects.get().unit_codes == ["T1-201"]
    with pytest.raises(services.VisitError, match="There is no office unit T1-301"):
        services.book_visit(slot.pk, name="An", email="an2@example.com", unit_codes=["t1-301"], language="en")
    refused = client.post("/vi/visits/", {**data, "email": "an3@example.com", "unit_codes": ["T9-999"]})
    assert refused.status_code == 400  # not one of the offered choices: the form says so in Vietnamese
    assert "Lê Văn An" in refused.content.decode()
    assert VisitBooking.objects.count() == 1
