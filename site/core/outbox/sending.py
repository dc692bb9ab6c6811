"""Queueing, claiming and sending outbox e-mails (see core.outbox)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from core.models import EmailStatus, OutgoingEmail

from .registry import RenderedEmail, renderer_for

logger = logging.getLogger(__name__)

# Seconds to wait before each automatic retry of a failed send; after the last one the e-mail stays
# "failed" until staff resend it (admin, or `manage.py resend_emails`).
RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600]
# A row left "sending" this long belongs to a process that died; it may be claimed again.
STALE_CLAIM = timedelta(seconds=getattr(settings, "OUTBOX_STALE_CLAIM_SECONDS", 600))
# A pending row this old was never handed to a worker (queue outage) or its worker died: retry it.
UNSENT_AFTER = timedelta(seconds=getattr(settings, "OUTBOX_UNSENT_AFTER_SECONDS", 120))


def queue_email(kind, recipient, about=None, dedupe_key=None, payload=None, to_address=""):
    """Record an e-mail owed to `recipient` and send it once the current transaction commits.

    `about` is the record the e-mail is about (the renderer reads it back). With `dedupe_key`, at most
    one e-mail exists for the key: queueing it again puts the existing one back to pending. `payload`
    (JSON) carries what the renderer needs besides the record, such as the files a digest lists; its
    "attachments" ([{"filename", "content", "mimetype"}], text content) are attached to the message.
    `recipient` may be None only with `to_address`: mail to someone without an account (an invitation, a
    visitor who booked a site visit)."""
    if recipient is None and not to_address:
        raise ValueError("An e-mail needs a recipient or an address")
    fields = {
        "kind": kind,
        "recipient": recipient,
        "about_type": about._meta.label_lower if about is not None else "",
        "about_id": about.pk if about is not None else None,
        "payload": payload or {},
        **({"to_address": to_address} if recipient is None else {}),
    }
    if dedupe_key:
        email, _created = OutgoingEmail.objects.update_or_create(
            dedupe_key=dedupe_key,
            defaults={**fields, "status": EmailStatus.PENDING, "last_error": "", "next_attempt_at": None},
        )
    else:
        email = OutgoingEmail.objects.create(**fields)
    transaction.on_commit(lambda: enqueue(email.pk))
    return email


def enqueue(email_id):
    """Hand an e-mail to the task backend; if even that fails it stays pending for the retry job."""
    from .tasks import send_outgoing_email

    try:
        send_outgoing_email.enqueue(email_id)
    except Exception:  # noqa: BLE001 - a queue outage must not turn a committed change into an error page
        logger.exception("Could not enqueue outgoing e-mail %s", email_id)


def _claim(email_id, force=False):
    """Pending (or due, or abandoned) → sending, in one UPDATE; True when this process won the row."""
    now = timezone.now()
    claimable = (
        Q(status=EmailStatus.PENDING)
        | Q(status=EmailStatus.FAILED, next_attempt_at__lte=now)
        | Q(status=EmailStatus.SENDING, claimed_at__lt=now - STALE_CLAIM)
    )
    if force:
        claimable |= Q(status=EmailStatus.FAILED)
    return bool(
        OutgoingEmail.objects.filter(claimable, pk=email_id).update(
            status=EmailStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    )


def _send(email):
    rendered = renderer_for(email.kind)(email)
    if not isinstance(rendered, RenderedEmail):
        rendered = RenderedEmail(*rendered)
    address = email.address
    if not address:
        raise ValueError("The recipient has no e-mail address")
    message = EmailMultiAlternatives(rendered.subject, rendered.text, None, [address])
    if rendered.html:
        message.attach_alternative(rendered.html, "text/html")
    for attachment in (email.payload or {}).get("attachments", []):
        message.attach(attachment["filename"], attachment["content"], attachment.get("mimetype"))
    OutgoingEmail.objects.filter(pk=email.pk).update(subject=rendered.subject[:300], to_address=address)
    message.send()


def next_attempt(attempts, now=None):
    """When a send that failed for the `attempts`-th time is tried again; None: no more automatic tries."""
    if attempts > len(RETRY_DELAYS):
        return None
    return (now or timezone.now()) + timedelta(seconds=RETRY_DELAYS[attempts - 1])


def deliver(email_id, force=False):
    """Claim and send one e-mail. Returns "sent", "failed" or "skipped" (sent already, claimed by
    another process, or not yet due). Never raises: a failure is recorded for a retry.

    `force` also takes a failed e-mail whose next automatic attempt is not due (staff's resend)."""
    if not _claim(email_id, force=force):
        return "skipped"
    email = OutgoingEmail.objects.select_related("recipient").get(pk=email_id)
    try:
        _send(email)
    except Exception as error:  # noqa: BLE001 - a mail failure must leave the record it is about intact
        logger.exception("Outgoing e-mail %s (%s) failed", email.pk, email.kind)
        OutgoingEmail.objects.filter(pk=email.pk).update(
            status=EmailStatus.FAILED, last_error=str(error)[:500], next_attempt_at=next_attempt(email.attempts)
        )
        return "failed"
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=EmailStatus.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
    )
    return "sent"


def _tally(outcomes):
    return outcomes.count("sent"), outcomes.count("failed")


def resend(queryset=None, limit=500):
    """Send every pending or failed e-mail now (staff's and `resend_emails`' resend); (sent, failed)."""
    queryset = OutgoingEmail.objects.all() if queryset is None else queryset
    wanted = queryset.filter(status__in=[EmailStatus.PENDING, EmailStatus.FAILED]).order_by("created_at", "pk")
    return _tally([deliver(pk, force=True) for pk in list(wanted.values_list("pk", flat=True)[:limit])])


def retry_due(limit=500):
    """The scheduler's job: failed e-mails whose next attempt is due, pending ones no worker took and
    ones a dead process left "sending"; (sent, failed)."""
    now = timezone.now()
    due = OutgoingEmail.objects.filter(
        Q(status=EmailStatus.FAILED, next_attempt_at__lte=now)
        | Q(status=EmailStatus.PENDING, created_at__lt=now - UNSENT_AFTER)
        | Q(status=EmailStatus.SENDING, claimed_at__lt=now - STALE_CLAIM)
    ).order_by("created_at", "pk")
    return _tally([deliver(pk) for pk in list(due.values_list("pk", flat=True)[:limit])])
