"""A visitor without an account books a site visit from a parcel's page on a phone (390 px), in each
language: the parcel's "Book a visit" link, a slot, the form, the e-mail link, the confirmation with
its calendar file, then cancelling; no serious or critical accessibility problem (axe) on any page."""

import re
import uuid
from urllib.parse import urlparse

from django.utils import translation

import pytest

from .test_backoffice_day import axe_clean

pytestmark = pytest.mark.e2e

BOOKING_LINK = re.compile(r"https?://\S+/visits/booking/[\w-]+/")


def _t(language, message):
    with translation.override(language):
        return translation.gettext(message)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_visitor_books_a_visit_from_a_parcel_page_confirms_by_mail_and_cancels(
    demo, mobile_page, mailoutbox, language
):
    from playwright.sync_api import expect

    from land.visits.models import VisitBooking

    tab = mobile_page
    paths = demo.paths[language]
    code = paths.parcel_code
    email = f"visit-{uuid.uuid4().hex[:8]}@example.com"

    tab.goto(paths.parcel)
    tab.get_by_role("link", name=_t(language, "Book a visit")).click()
    expect(tab.locator("main h1")).to_have_text(_t(language, "Book a site visit"))
    axe_clean(tab, f"visits page ({language})")

    tab.locator("main .visit-slot a.button").first.click()
    form = tab.locator("main form.visit-form")
    expect(form.locator(f"input[name=parcel_codes][value='{code}']")).to_be_checked()
    form.get_by_label(_t(language, "Your name")).fill("Lê Văn An")
    form.get_by_label(_t(language, "E-mail address")).fill(email)
    form.get_by_label(_t(language, "Number of people")).fill("2")
    axe_clean(tab, f"booking form ({language})")
    form.get_by_role("button", name=_t(language, "Book this visit")).click()
    tab.wait_for_load_state()
    expect(tab.locator("main .badge.visit-status--unverified")).to_be_visible()

    letters = [message for message in mailoutbox if message.to == [email]]
    assert len(letters) == 1
    tab.goto(urlparse(BOOKING_LINK.search(letters[0].body).group(0)).path)
    tab.get_by_role("button", name=_t(language, "Confirm my visit")).click()
    tab.wait_for_load_state()
    expect(tab.locator("main .badge.visit-status--confirmed")).to_be_visible()
    axe_clean(tab, f"booking page ({language})")
    letters = [message for message in mailoutbox if message.to == [email]]
    assert any(name == "visit.ics" for message in letters for name, *_rest in message.attachments)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the phone

    tab.get_by_role("button", name=_t(language, "Cancel this visit")).click()
    tab.wait_for_load_state()
    expect(tab.locator("main .badge.visit-status--cancelled")).to_be_visible()
    assert VisitBooking.objects.get(email=email).status == "cancelled"
