"""Background work: bilingual e-mails (HTML and text) about applications, sent after the commit.

Each e-mail is an EmailNotice row created inside the transition's transaction. The task sends it in
the recipient's preferred language and marks it sent; a failure is logged and left "failed", so
`python manage.py resend_application_emails` retries it. Sending never touches the application.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from django_tasks import task

from .models import EmailNotice, InvestmentApplication, NoticeKind, NoticeStatus
from .models.notices import DIGEST_KINDS

logger = logging.getLogger(__name__)


def _digest_texts(notice):
    count = len(notice.files)
    texts = {
        NoticeKind.OFFICER_DIGEST: (
            _("Files due within 2 working days or overdue: %(count)s"),
            _("These files of yours are due within 2 working days or already overdue:"),
        ),
        NoticeKind.ESCALATION: (
            _("Overdue files across the team: %(count)s"),
            _("These files are past their statutory deadline:"),
        ),
        NoticeKind.INFO_REMINDER: (
            _("Reminder: the park is waiting for your information"),
            _(
                "The park asked you for more information. Please answer on the site before the deadline; "
                "an unanswered request lapses and the file is closed:"
            ),
        ),
    }
    subject, lead = texts[notice.kind]
    return subject % {"count": count}, lead


def digest_rows(notice, today=None):
    """(application, clock) of each file a digest lists, most urgent first."""
    applications = InvestmentApplication.objects.filter(pk__in=notice.files)
    rows = [(application, application.clock(today=today)) for application in applications]
    return sorted(rows, key=lambda row: row[1].remaining if row[1] else 0)


def _texts(notice):
    if notice.kind in DIGEST_KINDS:
        return _digest_texts(notice)
    application = notice.application
    values = {"reference": application.reference or "", "company": application.company_name}
    texts = {
        NoticeKind.SUBMITTED: (
            _("Application %(reference)s received"),
            _("We have received the investment application of %(company)s. Its reference number is %(reference)s."),
        ),
        NoticeKind.INFO_REQUESTED: (
            _("Application %(reference)s: information requested"),
            _("The park needs more information about application %(reference)s. Please answer on the site."),
        ),
        NoticeKind.RESUBMITTED: (
            _("Application %(reference)s: your answer was received"),
            _("We have received your answer about application %(reference)s; the review continues."),
        ),
        NoticeKind.DECISION: (
            _("Application %(reference)s: decision"),
            _("A decision has been made on application %(reference)s. The decision letter is on the site."),
        ),
        NoticeKind.NEW_WORK: (
            _("Application %(reference)s needs your action"),
            _("Application %(reference)s from %(company)s is waiting for you in the review inbox."),
        ),
        NoticeKind.MESSAGE: (
            _("Application %(reference)s: new message"),
            _("There is a new message about application %(reference)s."),
        ),
        NoticeKind.INFO_LAPSED: (
            _("Application %(reference)s: the information request lapsed"),
            _(
                "The information requested for application %(reference)s did not arrive before the deadline, "
                "so the file has been closed. You may apply again at any time."
            ),
        ),
        NoticeKind.TRACKING_PIN: (
            _("Application %(reference)s: your tracking PIN"),
            _(
                "Here is a new PIN to look up application %(reference)s without signing in; "
                "earlier PINs no longer work."
            ),
        ),
    }
    subject, lead = texts[notice.kind]
    return subject % values, lead % values


def _link(notice, language):
    application = notice.application
    if application is None:  # a digest links each file itself
        if notice.kind == NoticeKind.INFO_REMINDER:
            with override(language):
                return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("account_dashboard")
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("applications_review:index")
    if notice.recipient_id == application.applicant_id:
        with override(language):
            path = reverse("application_detail", args=[application.public_id])
    else:
        path = reverse("applications_review:review", args=[application.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _tracking(notice, language):
    """The reference and a new PIN for looking the file up without signing in, in the applicant's
    submission and PIN e-mails (tracking.py); writing the e-mail issues the PIN."""
    application = notice.application
    if notice.kind not in (NoticeKind.SUBMITTED, NoticeKind.TRACKING_PIN) or not application.reference:
        return {}
    if notice.recipient_id != application.applicant_id:
        return {}
    from .tracking import issue_tracking_pin

    with override(language):
        path = reverse("track_application")
    return {
        "tracking_pin": issue_tracking_pin(application),
        "tracking_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
    }


def render_notice(notice):
    """(subject, text body, HTML body) in the recipient's language."""
    language = notice.recipient.preferred_language or settings.LANGUAGE_CODE
    with override(language):
        subject, lead = _texts(notice)
        changes = notice.application.status_changes if notice.application else None
        last_change = changes.order_by("-created_at", "-pk").first() if changes is not None else None
        if last_change and last_change.internal:
            last_change = None  # only a note addressed to the applicant is quoted; internal notes stay in the admin
        context = {
            "notice": notice,
            "application": notice.application,
            "recipient": notice.recipient,
            "lead": lead,
            "note": last_change.note if last_change and notice.kind not in (NoticeKind.NEW_WORK, *DIGEST_KINDS) else "",
            "link": _link(notice, language),
            "subject": subject,
            "rows": digest_rows(notice) if notice.kind in DIGEST_KINDS else [],
            **_tracking(notice, language),
        }
        text = render_to_string("applications/email/notice.txt", context)
        html = render_to_string("applications/email/notice.html", context)
    return subject, text, html


def deliver_notice(notice_id):
    """Send one notice now; True when sent. Never raises: failures are recorded for a retry."""
    notice = EmailNotice.objects.select_related("application", "recipient").get(pk=notice_id)
    if notice.status == NoticeStatus.SENT:
        return True
    try:
        subject, text, html = render_notice(notice)
        message = EmailMultiAlternatives(subject, text, None, [notice.recipient.email])
        message.attach_alternative(html, "text/html")
        message.send()
    except Exception as error:  # noqa: BLE001 - a mail failure must leave the application intact
        logger.exception("Application e-mail %s (%s) failed", notice.pk, notice.kind)
        EmailNotice.objects.filter(pk=notice.pk).update(
            status=NoticeStatus.FAILED, attempts=notice.attempts + 1, last_error=str(error)[:500]
        )
        return False
    EmailNotice.objects.filter(pk=notice.pk).update(
        status=NoticeStatus.SENT, attempts=notice.attempts + 1, sent_at=timezone.now(), last_error=""
    )
    return True


@task()
def send_application_notice(notice_id):
    """Background task: deliver one application e-mail."""
    return deliver_notice(notice_id)


def enqueue_notice(notice_id):
    """Hand a notice to the task backend; if even that fails, it stays pending for a retry."""
    try:
        send_application_notice.enqueue(notice_id)
    except Exception:  # noqa: BLE001 - a queue outage must not turn a committed transition into an error
        logger.exception("Could not enqueue application e-mail %s", notice_id)


def resend_unsent(limit=500):
    """Retry every pending or failed notice; returns (sent, still failing)."""
    sent = failed = 0
    pending = EmailNotice.objects.exclude(status=NoticeStatus.SENT).order_by("created_at")
    for notice_id in list(pending.values_list("pk", flat=True)[:limit]):
        if deliver_notice(notice_id):
            sent += 1
        else:
            failed += 1
    return sent, failed
