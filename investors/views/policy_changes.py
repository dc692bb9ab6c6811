"""The admin list of policy changes and, for each, the files whose investors were alerted."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from core.models import OutgoingEmail
from investors.models import PolicyAlert, PolicyChange


def policy_changes(request):
    """Staff who can see incentive rules see every change with its affected files (estimates, applications)."""
    if not request.user.has_perm("investors.view_incentiverule"):
        raise PermissionDenied
    changes = list(
        PolicyChange.objects.select_related("policy", "actor").prefetch_related(
            "alerts__recipient", "alerts__saved_estimate", "alerts__application"
        )[:50]
    )
    alerts = [alert for change in changes for alert in change.alerts.all()]
    emails = OutgoingEmail.objects.filter(
        about_type=PolicyAlert._meta.label_lower, about_id__in=[alert.pk for alert in alerts]
    )
    state = {email.about_id: email.get_status_display() for email in emails}
    for alert in alerts:
        alert.email_state = state.get(alert.pk, "—")  # no row: the investor has no usable address
    return render(request, "investors/admin/policy_changes.html", {"changes": changes})
