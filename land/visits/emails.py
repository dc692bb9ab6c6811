"""The visit e-mails (verify, confirmed with the calendar file, cancelled) and the enquiry e-mail to land
officers (a parcel's) or the one-stop desk (the contact page's), queued in core's outbox and rendered
when they go, in the reader's language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext, override

from core import outbox
from land import services as land

from . import ics
from .models import EmailKind, Enquiry, VisitBooking

PREFIX = "visits"


def booking_url(booking):
    with override(booking.language):
        return settings.WAGTAILADMIN_BASE_URL + reverse("visit_booking", args=[booking.token])


def calendar_file(booking):
    """The booking's .ics event, written in the booking's language."""
    slot = booking.slot
    with override(booking.language):
        summary = gettext("Site visit – Da Lat Software Park")
        description = gettext("Guide: %(guide)s. To see: %(items)s. Booking %(reference)s: %(url)s") % {
            "guide": slot.guide,
            "items": booking.items_text or "–",
            "reference": booking.reference,
            "url": booking_url(booking),
        }
        location = slot.meeting_point or gettext("Da Lat Software Park")
    cancelled = booking.status == "cancelled"
    return ics.event(
        uid=f"visit-{booking.pk}-{booking.token[:8]}@dalat-software-park",
        start=slot.starts_at,
        end=slot.ends_at,
        summary=summary,
        description=description,
        location=location,
        status="CANCELLED" if cancelled else "CONFIRMED",
        sequence=1 if cancelled else 0,
    )


def queue_visit_email(booking, kind):
    """Queue the `kind` e-mail of a booking to its booker (the account, or the address given)."""
    kind = EmailKind(kind).value
    payload = {}
    if kind in (EmailKind.CONFIRMED, EmailKind.CANCELLED):
        payload["attachments"] = [
            {"filename": "visit.ics", "content": calendar_file(booking), "mimetype": "text/calendar; charset=utf-8"}
        ]
    return outbox.queue_email(
        f"{PREFIX}.{kind}",
        booking.user if booking.user_id else None,
        about=booking,
        dedupe_key=f"{PREFIX}.booking:{booking.pk}:{kind}",
        payload=payload,
        to_address="" if booking.user_id else booking.email,
    )


def queue_enquiry_email(enquiry, officer):
    return outbox.queue_email(
        f"{PREFIX}.{EmailKind.ENQUIRY.value}",
        officer,
        about=enquiry,
        dedupe_key=f"{PREFIX}.enquiry:{enquiry.pk}:{officer.pk}",
    )


def render_visit_email(email):
    """(subject, text) of an outbox e-mail of this app, in the reader's language."""
    kind = email.kind.removeprefix(f"{PREFIX}.")
    if kind == EmailKind.ENQUIRY:
        enquiry = Enquiry.objects.get(pk=email.about_id)
        language = getattr(email.recipient, "preferred_language", "") or settings.LANGUAGE_CODE
        with override(language):
            terms = land.parcel_lease_terms(enquiry.parcel_code) if enquiry.parcel_code else None
            unit_path = land.unit_url(enquiry.unit_code, language) if enquiry.unit_code else ""
            context = {
                "enquiry": enquiry,
                "parcel_url": (settings.WAGTAILADMIN_BASE_URL + (terms.detail_url(language) or "")) if terms else "",
                "unit_url": (settings.WAGTAILADMIN_BASE_URL + unit_path) if unit_path else "",
                "inbox_url": settings.WAGTAILADMIN_BASE_URL + reverse("visits_enquiry:index"),
            }
            return _render(kind, context)
    booking = VisitBooking.objects.select_related("slot", "user").get(pk=email.about_id)
    with override(booking.language):
        context = {
            "booking": booking,
            "slot": booking.slot,
            "url": booking_url(booking),
            "holds": land.holds_of(f"visit:{booking.pk}"),
        }
        return _render(kind, context)


def _render(kind, context):
    subject = render_to_string(f"visits/email/{kind}_subject.txt", context).strip()
    body = render_to_string(f"visits/email/{kind}.txt", context)
    return outbox.RenderedEmail(subject, body)
