"""Policy-change alerts: when staff publish a policy newly marked superseded, or with a new amendment
date, every investor whose saved estimate, open application or approved project relies on one of its
rules gets an account notice and an e-mail; staff find the list of affected files in the admin.

Each alert's e-mail is a row of core's outbox (kind "investors.policy_alert", about the alert): sent
after the commit, retried with backoff, and visible to staff with every other e-mail of the site.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from core import outbox
from investors.models import PolicyAlert, PolicyChange, PolicyChangeKind, SavedEstimate
from investors.models.policies import PolicyStatus
from investors.services import rules_of_policy

logger = logging.getLogger(__name__)
PREFIX = "investors"


def pending_change(policy):
    """The change `policy` (as just published) announces, or None when it was already announced."""
    changes = PolicyChange.objects.filter(policy__translation_key=policy.translation_key)
    if policy.status == PolicyStatus.SUPERSEDED and not changes.filter(kind=PolicyChangeKind.SUPERSEDED).exists():
        return PolicyChangeKind.SUPERSEDED
    if policy.amended_on and not changes.filter(kind=PolicyChangeKind.AMENDED, amended_on=policy.amended_on).exists():
        return PolicyChangeKind.AMENDED
    return None


_relying_files = []


def register_relying_files(provider):
    """Another app's files that rely on incentive rules: `provider(rules)` returns them (each with an
    `.applicant` and a `pk`). The applications app registers its open and approved applications, so
    this app never imports it."""
    _relying_files.append(provider)


def affected_files(policy):
    """(saved estimates, other apps' files) relying on a rule of `policy`."""
    rules = rules_of_policy(policy)
    estimates = SavedEstimate.objects.filter(rules__in=rules).select_related("owner").distinct()
    files = [file for provider in _relying_files for file in provider(rules)]
    return list(estimates), files


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
    """Queue the alert's e-mail in the outbox; it goes out after the commit (once per alert)."""
    if alert.recipient.email and alert.recipient.is_active:
        outbox.queue_email(
            f"{PREFIX}.policy_alert", alert.recipient, about=alert, dedupe_key=f"{PREFIX}.alert:{alert.pk}"
        )


def render_alert_email(email):
    """The outbox e-mail of a policy alert, in the recipient's language."""
    alert = PolicyAlert.objects.select_related("change__policy", "recipient", "saved_estimate", "application").get(
        pk=email.about_id
    )
    return outbox.RenderedEmail(*render_alert(alert))


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


def on_policy_published(sender, instance, revision=None, **kwargs):
    """page_published receiver for PolicyPage: announce a new supersession or amendment."""
    actor = getattr(revision, "user", None)
    record_policy_change(instance, actor=actor)
