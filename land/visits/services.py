"""Booking, confirming and cancelling site visits, and enquiries (parcel pages, the contact page): one
function per change.

Seats are decided under the slot's row lock (SELECT … FOR UPDATE), so concurrent bookings never take
more people than the slot's capacity. Parcel holds go through land.services (the parcel's row lock).
E-mails are queued in core's outbox inside the same transaction.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from land import services as land

from .models import VERIFY_WITHIN, BookingStatus, Enquiry, EnquiryKind, VisitBooking, VisitSettings, VisitSlot

logger = logging.getLogger(__name__)

LAND_OFFICER_GROUP = "Land officer"
# The one-stop desk: investment officers receive the questions sent from the contact page.
DESK_GROUP = "Investment officer"


class VisitError(Exception):
    """A booking refused; the message is translated and shown to the visitor."""


def hold_reference(booking):
    return f"visit:{booking.pk}"


def parcel_choices(language=None):
    """(code, label) of every published parcel a visitor may ask to see, available ones first."""
    statuses = ("available", "reserved", "not_open", "leased")
    return land.parcel_choices(statuses=statuses, language=language)


def unit_choices(language=None):
    """(code, label) of every published office unit or block of desks a visitor may ask to see."""
    return land.unit_choices(language=language)


def _codes(values):
    return sorted({str(code).strip().upper() for code in values if str(code).strip()})


def book_visit(slot_id, *, name, email, people=1, parcel_codes=(), unit_codes=(), other_items="", hold_parcel="",
               organisation="", user=None, language="vi", now=None):  # fmt: skip
    """Book `people` places on a published, upcoming slot; returns the VisitBooking.

    With `user` (signed in) the booking is confirmed at once (confirmation e-mail with the calendar
    file, and the hold if asked); without, it waits for the e-mail link (verification e-mail) and its
    seats are kept for VERIFY_WITHIN. Raises VisitError: slot not bookable, not enough seats, the same
    e-mail address already on the slot, an unknown parcel or office unit, a hold on a parcel not chosen."""
    now = now or timezone.now()
    email = (user.email if user is not None else str(email or "")).strip()
    known = {code for code, _label in parcel_choices()}
    codes = _codes(parcel_codes)
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise VisitError(_("There is no parcel %(code)s.") % {"code": ", ".join(unknown)})
    units = _codes(unit_codes)
    if units:
        known_units = {code for code, _label in unit_choices()}
        unknown = [code for code in units if code not in known_units]
        if unknown:
            raise VisitError(_("There is no office unit %(code)s.") % {"code": ", ".join(unknown)})
    hold_parcel = str(hold_parcel or "").strip().upper()
    if hold_parcel and hold_parcel not in codes:
        raise VisitError(_("Choose the parcel to hold among the parcels you want to see."))
    with transaction.atomic():
        slot = VisitSlot.objects.select_for_update().filter(pk=slot_id, published=True).first()
        if slot is None or slot.starts_at <= now:
            raise VisitError(_("This visit can no longer be booked. Choose another date."))
        if slot.bookings.filter(VisitBooking.holds_seats(now, prefix=""), email__iexact=email).exists():
            raise VisitError(_("This e-mail address is already booked on this visit."))
        left = slot.seats_left(now)
        if people > left:
            if left == 0:
                raise VisitError(_("This visit is full. Choose another date."))
            raise VisitError(
                ngettext(
                    "Only %(left)s place is left on this visit.", "Only %(left)s places are left on this visit.", left
                )
                % {"left": left}
            )
        booking = VisitBooking.objects.create(
            slot=slot, user=user, name=(name or getattr(user, "get_full_name", lambda: "")() or email)[:120],
            email=email, organisation=organisation, people=people, parcel_codes=codes, unit_codes=units,
            other_items=other_items,
            hold_parcel=hold_parcel, language=language, created_at=now,
        )  # fmt: skip
        if user is not None:
            _confirm(booking, now)
        else:
            from .emails import queue_visit_email

            queue_visit_email(booking, "verify")
    return booking


def _confirm(booking, now):
    """Confirmed: place the hold if asked (a refused hold never refuses the visit), queue the e-mail."""
    from .emails import queue_visit_email

    booking.status = BookingStatus.CONFIRMED
    booking.confirmed_at = now
    booking.save(update_fields=["status", "confirmed_at"])
    if booking.hold_parcel:
        days = VisitSettings.load().hold_days
        try:
            land.place_hold(booking.hold_parcel, reference=hold_reference(booking), holder=booking.name, days=days)
        except land.LandServiceError as error:
            logger.info("Visit %s: hold on %s refused: %s", booking.pk, booking.hold_parcel, error)
    queue_visit_email(booking, "confirmed")


def booking_for_token(token):
    return VisitBooking.objects.select_related("slot").filter(token=str(token or "")).first()


def confirm_booking(token, now=None):
    """Confirm the unverified booking of the e-mail link `token`; returns it. Following the link again
    changes nothing. VisitError when the link is unknown, the booking was cancelled or came too late."""
    now = now or timezone.now()
    with transaction.atomic():
        booking = VisitBooking.objects.select_for_update().filter(token=str(token or "")).first()
        if booking is None:
            raise VisitError(_("This link is not valid. Book the visit again."))
        if booking.status == BookingStatus.CONFIRMED:
            return booking
        if booking.status == BookingStatus.CANCELLED or booking.created_at <= now - VERIFY_WITHIN:
            raise VisitError(_("This booking was not confirmed in time and has lapsed. Book the visit again."))
        _confirm(booking, now)
    return booking


def cancel_booking(token, now=None):
    """Cancel the booking of `token` (its seats are free again, its hold ends); returns it. Cancelling
    twice changes nothing. VisitError when the link is unknown or the visit has already begun."""
    now = now or timezone.now()
    from .emails import queue_visit_email

    with transaction.atomic():
        booking = VisitBooking.objects.select_for_update().select_related("slot").filter(token=str(token or "")).first()
        if booking is None:
            raise VisitError(_("This link is not valid."))
        if booking.status == BookingStatus.CANCELLED:
            return booking
        if booking.slot.starts_at <= now:
            raise VisitError(_("This visit has already begun; it can no longer be cancelled."))
        was_confirmed = booking.status == BookingStatus.CONFIRMED
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now
        booking.save(update_fields=["status", "cancelled_at"])
        land.release_holds(hold_reference(booking))
        if was_confirmed:
            queue_visit_email(booking, "cancelled")
    return booking


def expire_unverified(now=None):
    """The scheduler's job: cancel bookings whose e-mail link was not followed in time; how many."""
    now = now or timezone.now()
    return VisitBooking.objects.filter(status=BookingStatus.UNVERIFIED, created_at__lte=now - VERIFY_WITHIN).update(
        status=BookingStatus.CANCELLED, cancelled_at=now
    )


def _staff_of(group_name):
    return list(
        get_user_model()
        .objects.filter(groups__name=group_name, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def land_officers():
    """Active staff of the land officers' group with an e-mail address: who receives parcel enquiries."""
    return _staff_of(LAND_OFFICER_GROUP)


def desk_officers():
    """Active staff of the one-stop desk (investment officers) with an e-mail address: who receives the
    questions sent from the contact page."""
    return _staff_of(DESK_GROUP)


def send_enquiry(parcel_code, *, name, email, message, organisation="", language="vi"):
    """Record an enquiry about a published parcel and e-mail it to every land officer; returns it."""
    terms = land.parcel_lease_terms(parcel_code)
    if terms is None:
        raise VisitError(_("There is no parcel %(code)s.") % {"code": str(parcel_code).upper()})
    from .emails import queue_enquiry_email

    with transaction.atomic():
        enquiry = Enquiry.objects.create(
            parcel_code=terms.code, name=name, email=email, organisation=organisation, message=message,
            language=language,
        )  # fmt: skip
        for officer in land_officers():
            queue_enquiry_email(enquiry, officer)
    return enquiry


def send_unit_enquiry(unit_code, *, name, email, message, organisation="", language="vi"):
    """Record an enquiry about a published office unit or desk space and e-mail it to every land officer
    (who let the units, as they lease the parcels); returns it."""
    unit = land.unit_cost(unit_code)
    if unit is None:
        raise VisitError(_("There is no office unit %(code)s.") % {"code": str(unit_code).upper()})
    from .emails import queue_enquiry_email

    with transaction.atomic():
        enquiry = Enquiry.objects.create(
            kind=EnquiryKind.UNIT, unit_code=unit.code, name=name, email=email, organisation=organisation,
            message=message, language=language,
        )  # fmt: skip
        for officer in land_officers():
            queue_enquiry_email(enquiry, officer)
    return enquiry


def send_contact_enquiry(*, name, email, message, organisation="", language="vi"):
    """Record a question sent from the contact page and e-mail it to every officer of the one-stop desk;
    returns it. The enquiry is stored first, in the same transaction as the outbox rows, so a mail
    outage only delays the e-mails (the outbox retries) and the inbox always has the question."""
    from .emails import queue_enquiry_email

    with transaction.atomic():
        enquiry = Enquiry.objects.create(
            kind=EnquiryKind.GENERAL, name=name, email=email, organisation=organisation, message=message,
            language=language,
        )  # fmt: skip
        officers = desk_officers()
        for officer in officers:
            queue_enquiry_email(enquiry, officer)
    if not officers:
        logger.warning("Contact enquiry %s: no active %s with an e-mail address; it waits in the inbox", enquiry.pk,
                       DESK_GROUP)  # fmt: skip
    return enquiry
