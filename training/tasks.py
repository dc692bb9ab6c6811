"""Background work: the bilingual e-mails about registrations, sent after the change is committed.

Each e-mail is an EmailNotice row created inside the registration's transaction. The task sends it
in the trainee's preferred language and marks it sent; a failure is logged and left as "failed" so
`python manage.py resend_training_emails` can retry it. It never touches the registration itself.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from django_tasks import task

from .models import EmailNotice, NoticeStatus

logger = logging.getLogger(__name__)


def notice_context(notice):
    registration = notice.registration
    cohort = registration.cohort
    programme = cohort.programme_page()
    return {
        "registration": registration,
        "trainee": registration.trainee,
        "cohort": cohort,
        "programme": programme,
        "position": registration.waitlist_position(),
        "dashboard_url": f"{settings.WAGTAILADMIN_BASE_URL}/{registration.trainee.preferred_language}/account/",
    }


def deliver_notice(notice_id):
    """Send one notice now; True when sent. Never raises: failures are recorded for a retry."""
    notice = EmailNotice.objects.select_related("registration__trainee", "registration__cohort").get(pk=notice_id)
    if notice.status == NoticeStatus.SENT:
        return True
    trainee = notice.registration.trainee
    try:
        with override(trainee.preferred_language or settings.LANGUAGE_CODE):
            context = notice_context(notice)
            subject = render_to_string(f"training/email/{notice.kind}_subject.txt", context).strip()
            body = render_to_string(f"training/email/{notice.kind}.txt", context)
        send_mail(subject, body, None, [trainee.email])
    except Exception as error:  # noqa: BLE001 - any mail failure must leave the registration intact
        logger.exception("E-mail notice %s (%s) to user %s failed", notice.pk, notice.kind, trainee.pk)
        EmailNotice.objects.filter(pk=notice.pk).update(
            status=NoticeStatus.FAILED, attempts=notice.attempts + 1, last_error=str(error)[:500]
        )
        return False
    EmailNotice.objects.filter(pk=notice.pk).update(
        status=NoticeStatus.SENT, attempts=notice.attempts + 1, sent_at=timezone.now(), last_error=""
    )
    return True


@task()
def send_training_notice(notice_id):
    """Background task: deliver one registration e-mail."""
    return deliver_notice(notice_id)


def enqueue_notice(notice_id):
    """Hand a notice to the task backend; if even that fails, the notice stays pending for a retry."""
    try:
        send_training_notice.enqueue(notice_id)
    except Exception:  # noqa: BLE001 - queue outage must not turn a committed registration into an error page
        logger.exception("Could not enqueue e-mail notice %s", notice_id)


def resend_unsent(limit=500):
    """Retry every pending or failed notice; returns (sent, still failing)."""
    sent = failed = 0
    pending = EmailNotice.objects.exclude(status=NoticeStatus.SENT).order_by("created_at").values_list("pk", flat=True)
    for notice_id in list(pending[:limit]):
        if deliver_notice(notice_id):
            sent += 1
        else:
            failed += 1
    return sent, failed
