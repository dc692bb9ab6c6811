"""The explicit state machine of an investment application.

Each transition names the statuses it may start from, the status it leads to, and who may take it:
the applicant who owns the file, or staff holding a Django permission (`user.has_perm`; superusers
hold them all). Which group holds which permission is data (migration 0005), never compared by name.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import ApplicationStatus as S

APPLICANT = "applicant"
VIEW = "applications.view_investmentapplication"
SCREEN = "applications.screen_application"  # investment officers: screening, information requests, appraisal
DECIDE = "applications.decide_application"  # the director: approval and rejection
ASSIGN = "applications.assign_application"  # officers and the director: who handles a file


@dataclass(frozen=True)
class Transition:
    """One allowed move between statuses."""

    name: str
    label: str
    sources: tuple
    target: str
    role: str  # APPLICANT or the permission a staff member needs
    note_required: bool = True


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", _("Submit"), (S.DRAFT,), S.SUBMITTED, APPLICANT, note_required=False),
        Transition("start_screening", _("Start screening"), (S.SUBMITTED,), S.SCREENING, SCREEN),
        Transition(
            "request_information",
            _("Request information"),
            (S.SCREENING, S.RESUBMITTED),
            S.INFO_REQUESTED,
            SCREEN,
        ),
        Transition("resubmit", _("Send the requested information"), (S.INFO_REQUESTED,), S.RESUBMITTED, APPLICANT),
        Transition("start_appraisal", _("Start appraisal"), (S.SCREENING, S.RESUBMITTED), S.APPRAISAL, SCREEN),
        Transition("approve", _("Approve"), (S.APPRAISAL,), S.APPROVED, DECIDE),
        Transition("reject", _("Reject"), (S.APPRAISAL,), S.REJECTED, DECIDE),
        Transition(
            "withdraw",
            _("Withdraw"),
            (S.SUBMITTED, S.SCREENING, S.INFO_REQUESTED, S.RESUBMITTED, S.APPRAISAL),
            S.WITHDRAWN,
            APPLICANT,
            note_required=False,
        ),
    )
}

STAFF_TRANSITIONS = [name for name, t in TRANSITIONS.items() if t.role != APPLICANT]


def has_staff_permission(user, permission):
    """True when `user` is active staff holding `permission` (through any group, directly, or as superuser)."""
    if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
        return False
    return user.has_perm(permission)


def is_reviewer(user):
    """Staff who may see every application (those allowed to view applications: officers, directors)."""
    return has_staff_permission(user, VIEW)


def staff_holding(permission):
    """Active staff who hold `permission` through a group or directly (superusers only if granted it)."""
    app_label, codename = permission.split(".")
    granted = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(groups__permissions__in=granted) | Q(user_permissions__in=granted))
        .distinct()
    )


def may_take(user, transition, application):
    """True when `user` has the role `transition` needs on `application` (status is checked separately)."""
    if transition.role == APPLICANT:
        return user is not None and user.is_authenticated and application.acts_for(user)
    return has_staff_permission(user, transition.role)


def allowed_transitions(user, application):
    """The transitions `user` may take now on `application`, in display order."""
    return [
        transition
        for transition in TRANSITIONS.values()
        if application.status in transition.sources and may_take(user, transition, application)
    ]


def staff_transitions(user, application):
    return [t for t in allowed_transitions(user, application) if t.role != APPLICANT]
