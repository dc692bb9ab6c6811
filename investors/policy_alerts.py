"""Policy-change alerts: when staff publish a policy newly marked superseded, or with a new amendment
date, every investor whose saved estimate, open application or approved project relies on one of its
rules gets an account notice and an e-mail; staff find the list of affected files in the admin.

E-mails go through one call, `queue_alert_email(alert)`, so they can move to a shared outbox later.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from django_tasks import task

from investors.models import AlertEmailStatus, PolicyAlert, PolicyChange, PolicyChangeKind, SavedEstimate
from investors.models.policies import PolicyStatus
from investors.services import rules_of_policy

logger = logging.getLogger(__name__)
CLOSED_WITHOUT_PROJECT = ("rejected", "withdrawn")


def pending_change(policy):
    """The change `policy` (as just published) announces, or None when it was already announced."""
    changes = PolicyChange.objects.filter(policy__translation_key=policy.translation_key)
    if policy.status == PolicyStatus.SUPERSEDED and not changes.filter(kind=PolicyChangeKind.SUPERSEDED).exists():
        return PolicyChangeKind.SUPERSEDED
    if policy.amended_on and not changes.filter(kind=PolicyChangeKind.AMENDED, amended_on=policy.amended_on).exists():
        return PolicyChangeKind.AMENDED
    return None


def affected_files(policy):
    """(saved estimates, applications) relying on a rule of `policy`: every saved estimate, and every
    application still open or approved (rejected and withdrawn files have no project to protect)."""
    from investors.applications.models import InvestmentApplication

    rules = rules_of_policy(policy)
    estimates = SavedEstimate.objects.filter(rules__in=rules).select_related("owner").distinct()
    applications = (
        InvestmentApplication.objects.filter(requested_rules__in=rules)
        .exclude(status__in=CLOSED_WITHOUT_PROJECT)
        .select_related("applicant")
        .distinct()
    )
    return list(estimates), list(applications)


def record_policy_change(policy, actor=None):
    """Announce what `policy` changed (if anything new): the PolicyChange and one alert per affected file."""
    kind = pending_change(policy)
    if kind is None:
        return None
    with transaction.atomic():
        change = PolicyChange.objects.create(
            policy=policy, kind=kind, amended_on=policy.amended_on, note=policy.change_note, actor=actor
        )
        estimates, applications = affected_files(policy)
        alerts = [PolicyAlert(change=change, recipient=e.owner, saved_estimate=e) for e in estimates]
        alerts += [PolicyAlert(change=change, recipient=a.applicant, application=a) for a in applications]
        for alert in alerts:
            alert.save()
            queue_alert_email(alert)
    logger.info("Policy %s %s: %d files alerted", policy.pk, kind, len(alerts))
    return change


def queue_alert_email(alert):
    """Send the alert's e-mail after the commit, through the task queue."""

    def enqueue():
        try:
            send_policy_alert.enqueue(alert.pk)
        except Exception:  # noqa: BLE001 - a queue outage leaves the alert pending for a retry
            logger.exception("Could not enqueue policy alert %s", alert.pk)

    transaction.on_commit(enqueue)


def render_alert(alert):
    """(subject, text body) in the recipient's language."""
    language = getattr(alert.recipient, "preferred_language", "") or settings.LANGUAGE_CODE
    with override(language):
        policy = alert.change.policy.localized
        values = {"policy": policy.title, "number": policy.document_number}
        if alert.change.kind == PolicyChangeKind.SUPERSEDED:
            subject = _("Incentive policy superseded: %(number)s") % values
            lead = _("The policy “%(policy)s” (%(number)s) has been superseded.") % values
        else:
            subject = _("Incentive policy amended: %(number)s") % values
            lead = _("The policy “%(policy)s” (%(number)s) has been amended.") % values
        if alert.saved_estimate_id:
            relies = _("Your saved estimate “%(title)s” relies on it.") % {"title": alert.saved_estimate.title}
        else:
            application = alert.application
            relies = _("Your application %(reference)s relies on it.") % {
                "reference": application.reference or application.project_title
            }
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("account_dashboard")
        context = {"lead": lead, "relies": relies, "note": alert.change.note, "link": link, "policy": policy}
        text = render_to_string("investors/email/policy_alert.txt", context)
    return subject, text


def deliver_alert(alert_id):
    """Send one alert e-mail now; True when sent. Failures are recorded, never raised."""
    alert = PolicyAlert.objects.select_related("change__policy", "recipient", "saved_estimate", "application").get(
        pk=alert_id
    )
    if alert.email_status == AlertEmailStatus.SENT or not alert.recipient.email:
        return alert.email_status == AlertEmailStatus.SENT
    try:
        subject, text = render_alert(alert)
        EmailMultiAlternatives(subject, text, None, [alert.recipient.email]).send()
    except Exception:  # noqa: BLE001 - a mail failure must not undo the alert
        logger.exception("Policy alert e-mail %s failed", alert.pk)
        PolicyAlert.objects.filter(pk=alert.pk).update(
            email_status=AlertEmailStatus.FAILED, email_attempts=alert.email_attempts + 1
        )
        return False
    PolicyAlert.objects.filter(pk=alert.pk).update(
        email_status=AlertEmailStatus.SENT, email_attempts=alert.email_attempts + 1, sent_at=timezone.now()
    )
    return True


@task()
def send_policy_alert(alert_id):
    """Background task: deliver one policy alert e-mail."""
    return deliver_alert(alert_id)


def on_policy_published(sender, instance, revision=None, **kwargs):
    """page_published receiver for PolicyPage: announce a new supersession or amendment."""
    actor = getattr(revision, "user", None)
    record_policy_change(instance, actor=actor)


def resend_unsent_alerts(limit=500):
    """Retry every pending or failed alert e-mail; returns (sent, still failing)."""
    sent = failed = 0
    pending = PolicyAlert.objects.exclude(email_status=AlertEmailStatus.SENT).order_by("created_at")
    for alert_id in list(pending.values_list("pk", flat=True)[:limit]):
        if deliver_alert(alert_id):
            sent += 1
        else:
            failed += 1
    return sent, failed
