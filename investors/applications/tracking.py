"""Looking up a file without signing in: reference number + PIN → status, current step, due date and
the history of steps, nothing personal (the public-service portals' "tra cứu hồ sơ").

The PIN is issued when the submission e-mail (or a re-sent PIN e-mail) is written, so only the
applicant's mailbox ever holds it; the application keeps its hash (Django's password hashers). A new
PIN replaces the previous one. A wrong pair answers exactly like an unknown reference, and checking
costs the same time either way; the views are rate-limited (RATE_LIMITS "track_lookup" and
"track_pin_resend").
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth.hashers import check_password, make_password
from django.utils.functional import SimpleLazyObject

from .models import ApplicationStatus, InvestmentApplication, NoticeKind
from .notifications import queue_notice

PIN_DIGITS = 8
# Checked against when the reference is unknown, so both answers take as long as a real check.
_UNUSABLE_HASH = SimpleLazyObject(lambda: make_password(secrets.token_hex(16)))


def normalise_reference(reference):
    return str(reference or "").strip().upper()


def normalise_pin(pin):
    return "".join(str(pin or "").split())


def issue_tracking_pin(application):
    """A new PIN for `application`: its hash is stored (replacing any earlier PIN), the PIN returned."""
    pin = "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))
    application.tracking_pin_hash = make_password(pin)
    InvestmentApplication.objects.filter(pk=application.pk).update(tracking_pin_hash=application.tracking_pin_hash)
    return pin


def find_tracked_application(reference, pin):
    """The submitted application with this reference whose current PIN is `pin`, else None (whichever is wrong)."""
    application = (
        InvestmentApplication.objects.filter(reference__iexact=normalise_reference(reference))
        .exclude(tracking_pin_hash="")
        .first()
    )
    stored = application.tracking_pin_hash if application is not None else str(_UNUSABLE_HASH)
    if not check_password(normalise_pin(pin), stored) or application is None:
        return None
    return application


def request_pin_resend(reference):
    """E-mail a new PIN to the applicant's address if the reference is a submitted file; says nothing either way."""
    application = (
        InvestmentApplication.objects.filter(reference__iexact=normalise_reference(reference))
        .exclude(status=ApplicationStatus.DRAFT)
        .select_related("applicant")
        .first()
    )
    if application is not None:
        queue_notice(application, application.applicant, NoticeKind.TRACKING_PIN)


@dataclass(frozen=True)
class PublicStep:
    """One step of the public history: when it started and what it is."""

    started_at: object
    label: str


@dataclass(frozen=True)
class PublicStatus:
    """What anyone holding the reference and PIN may see: no names, notes, messages or documents."""

    reference: str
    status_label: str
    is_decided: bool
    clock: object  # clock.StepClock of the current step, or None when it has no statutory duration
    history: list


def public_status(application):
    """The file's status for the tracking page."""
    history = [
        PublicStep(started_at=change.created_at, label=ApplicationStatus(change.to_status).label)
        for change in application.status_changes.order_by("created_at", "pk")
    ]
    return PublicStatus(
        reference=application.reference,
        status_label=application.get_status_display(),
        is_decided=application.is_decided,
        clock=application.clock(),
        history=history,
    )
