"""Who gets told about an application, and the queueing of e-mail notices after the commit."""

from django.db import transaction

from .models import EmailNotice
from .workflow import DECIDE, SCREEN, staff_holding


def officers_to_notify(application, directors=False):
    """The assigned officer, else every active investment officer (or every director), by permission."""
    if application.assigned_officer_id and not directors:
        return [application.assigned_officer]
    return list(staff_holding(DECIDE if directors else SCREEN))


def queue_notice(application, recipient, kind):
    """Record an e-mail to send; it is handed to the task queue only once the transaction commits."""
    if not recipient.email or not recipient.is_active:
        return None
    notice = EmailNotice.objects.create(application=application, recipient=recipient, kind=kind)

    def enqueue():
        from .tasks import enqueue_notice

        enqueue_notice(notice.pk)

    transaction.on_commit(enqueue)
    return notice
