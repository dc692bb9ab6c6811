"""The admin list of policy changes and, for each, the files whose investors were alerted."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from investors.models import PolicyChange


def policy_changes(request):
    """Staff who can see incentive rules see every change with its affected files (estimates, applications)."""
    if not request.user.has_perm("investors.view_incentiverule"):
        raise PermissionDenied
    changes = PolicyChange.objects.select_related("policy", "actor").prefetch_related(
        "alerts__recipient", "alerts__saved_estimate", "alerts__application"
    )[:50]
    return render(request, "investors/admin/policy_changes.html", {"changes": changes})
