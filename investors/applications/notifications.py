"""Who gets told about an application, what the e-mail says, and its queueing in core's outbox.

Each e-mail is an `core.models.OutgoingEmail` row (kind "applications.<NoticeKind>") created inside
the transition's transaction and sent after the commit by the outbox's task, which calls
`render_notice` here in the recipient's preferred language. A failure never touches the application:
the outbox retries it and staff see it in the admin (docs/deployment.md, "E-mail outbox").
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from core import outbox

from .models import InvestmentApplication, NoticeKind
from .workflow import DIRECTOR_GROUP, OFFICER_GROUP

PREFIX = "applications"


def officers_to_notify(application, directors=False):
    """The assigned officer, else every active investment officer (or every director)."""
    if application.assigned_officer_id and not directors:
        return [application.assigned_officer]
    group = DIRECTOR_GROUP if directors else OFFICER_GROUP
    return list(get_user_model().objects.filter(is_active=True, is_staff=True, groups__name=group).distinct())


def queue_notice(application, recipient, kind):
    """Record an e-mail to send; it is handed to the task queue only once the transaction commits."""
    if not recipient.email or not recipient.is_active:
        return None
    return outbox.queue_email(f"{PREFIX}.{NoticeKind(kind).value}", recipient, about=application)


def notices_of(application):
    """The outbox rows of one application (every kind, every recipient)."""
    from core.models import OutgoingEmail

    return OutgoingEmail.objects.filter(about_type=InvestmentApplication._meta.label_lower, about_id=application.pk)


def _texts(kind, application):
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
    }
    subject, lead = texts[kind]
    return subject % values, lead % values


def _link(application, recipient, language):
    if recipient.pk == application.applicant_id:
        with override(language):
            path = reverse("application_detail", args=[application.public_id])
    else:
        path = reverse("applications_review:review", args=[application.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_notice(email):
    """(subject, text body, HTML body) of an outbox e-mail about an application, in the recipient's language."""
    application = InvestmentApplication.objects.get(pk=email.about_id)
    kind = NoticeKind(email.kind.removeprefix(f"{PREFIX}."))
    recipient = email.recipient
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    with override(language):
        subject, lead = _texts(kind, application)
        last_change = application.status_changes.order_by("-created_at", "-pk").first()
        context = {
            "notice": email,
            "application": application,
            "recipient": recipient,
            "lead": lead,
            "note": last_change.note if last_change and kind != NoticeKind.NEW_WORK else "",
            "link": _link(application, recipient, language),
            "subject": subject,
        }
        text = render_to_string("applications/email/notice.txt", context)
        html = render_to_string("applications/email/notice.html", context)
    return outbox.RenderedEmail(subject, text, html)
