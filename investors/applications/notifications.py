"""Who gets told about an application, and the queueing of e-mail notices after the commit."""

from django.contrib.auth import get_user_model
from django.db import transaction

from .models import EmailNotice
from .workflow import DIRECTOR_GROUP, OFFICER_GROUP


def officers_to_notify(application, directors=False):
    """The assigned officer, else every active investment officer (or every director)."""
    if application.assigned_officer_id and not directors:
        return [application.assigned_officer]
    group = DIRECTOR_GROUP if directors else OFFICER_GROUP
    return list(get_user_model().objects.filter(is_active=True, is_staff=True, groups__name=group).distinct())


def staff_in_group(group):
    """Active staff members of a review group (officers or directors)."""
    return list(get_user_model().objects.filter(is_active=True, is_staff=True, groups__name=group).distinct())


def queue_digest(recipient, kind, applications):
    """Record a daily digest listing `applications`; sent like any notice, after the commit."""
    return queue_notice(None, recipient, kind, files=[application.pk for application in applications])


def queue_notice(application, recipient, kind, files=()):
    """Record an e-mail to send; it is handed to the task queue only once the transaction commits."""
    if not recipient.email or not recipient.is_active:
        return None
    notice = EmailNotice.objects.create(application=application, recipient=recipient, kind=kind, files=list(files))

    def enqueue():
        from .tasks import enqueue_notice

        enqueue_notice(notice.pk)

    transaction.on_commit(enqueue)
    return notice
