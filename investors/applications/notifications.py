"""Who gets told about an application, what the e-mail says, and its queueing in core's outbox.

Each e-mail is an `core.models.OutgoingEmail` row (kind "applications.<NoticeKind>") created inside
the transition's transaction and sent after the commit by the outbox's task, which calls
`render_notice` here in the recipient's preferred language. A failure never touches the application:
the outbox retries it and staff see it in the admin (docs/deployment.md, "E-mail outbox").
"""

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from core import outbox

from .models import InvestmentApplication, NoticeKind
from .models.notices import DIGEST_KINDS
from .workflow import DECIDE, SCREEN, staff_holding

PREFIX = "applications"


def officers_to_notify(application, directors=False):
    """The assigned officer, else every active investment officer (or every director), by permission."""
    if application.assigned_officer_id and not directors:
        return [application.assigned_officer]
    return list(staff_holding(DECIDE if directors else SCREEN))


def queue_digest(recipient, kind, applications):
    """Record a daily digest listing `applications`; sent like any notice, after the commit."""
    return queue_notice(None, recipient, kind, files=[application.pk for application in applications])


def queue_notice(application, recipient, kind, files=()):
    """Record an e-mail to send; it is handed to the task queue only once the transaction commits."""
    if not recipient.email or not recipient.is_active:
        return None
    payload = {"files": list(files)} if files else None
    return outbox.queue_email(f"{PREFIX}.{NoticeKind(kind).value}", recipient, about=application, payload=payload)


def notices_of(application):
    """The outbox rows of one application (every kind, every recipient)."""
    from core.models import OutgoingEmail

    return OutgoingEmail.objects.filter(about_type=InvestmentApplication._meta.label_lower, about_id=application.pk)


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


@dataclass
class Notice:
    """An outbox row read as an application e-mail: its kind, its file (None for a daily digest, which
    lists `files` instead) and its recipient."""

    kind: NoticeKind
    application: object
    recipient: object
    files: list

    @property
    def recipient_id(self):
        return self.recipient.pk

    @classmethod
    def of(cls, email):
        application = InvestmentApplication.objects.filter(pk=email.about_id).first() if email.about_id else None
        kind = NoticeKind(email.kind.removeprefix(f"{PREFIX}."))
        return cls(kind, application, email.recipient, list((email.payload or {}).get("files", [])))


def render_notice(email):
    """The outbox e-mail (an `OutgoingEmail` about an application) in the recipient's language."""
    notice = Notice.of(email)
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
    return outbox.RenderedEmail(subject, text, html)
