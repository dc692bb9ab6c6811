"""The explicit state machine of an investment application.

Each transition names the statuses it may start from, the status it leads to, and who may take it:
the applicant who owns the file, or members of a staff group (superusers may act for any group).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import ApplicationStatus as S

APPLICANT = "applicant"
OFFICER_GROUP = "Investment officer"
DIRECTOR_GROUP = "Director"
STAFF_GROUPS = (OFFICER_GROUP, DIRECTOR_GROUP)


@dataclass(frozen=True)
class Transition:
    """One allowed move between statuses."""

    name: str
    label: str
    sources: tuple
    target: str
    role: str  # APPLICANT or a staff group name
    note_required: bool = True


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", _("Submit"), (S.DRAFT,), S.SUBMITTED, APPLICANT, note_required=False),
        Transition("start_screening", _("Start screening"), (S.SUBMITTED,), S.SCREENING, OFFICER_GROUP),
        Transition(
            "request_information",
            _("Request information"),
            (S.SCREENING, S.RESUBMITTED),
            S.INFO_REQUESTED,
            OFFICER_GROUP,
        ),
        Transition("resubmit", _("Send the requested information"), (S.INFO_REQUESTED,), S.RESUBMITTED, APPLICANT),
        Transition("start_appraisal", _("Start appraisal"), (S.SCREENING, S.RESUBMITTED), S.APPRAISAL, OFFICER_GROUP),
        Transition("approve", _("Approve"), (S.APPRAISAL,), S.APPROVED, DIRECTOR_GROUP),
        Transition("reject", _("Reject"), (S.APPRAISAL,), S.REJECTED, DIRECTOR_GROUP),
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


def in_group(user, group_name):
    """True when `user` is an active member of the staff group (superusers count as members)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(group.name == group_name for group in user.groups.all())


def is_reviewer(user):
    """Staff who may see every application: investment officers and directors."""
    return bool(user and user.is_authenticated and user.is_staff) and any(in_group(user, g) for g in STAFF_GROUPS)


def may_take(user, transition, application):
    """True when `user` has the role `transition` needs on `application` (status is checked separately)."""
    if transition.role == APPLICANT:
        return user is not None and user.is_authenticated and application.applicant_id == user.pk
    return bool(user.is_staff) and in_group(user, transition.role)


def allowed_transitions(user, application):
    """The transitions `user` may take now on `application`, in display order."""
    return [
        transition
        for transition in TRANSITIONS.values()
        if application.status in transition.sources and may_take(user, transition, application)
    ]


def staff_transitions(user, application):
    return [t for t in allowed_transitions(user, application) if t.role != APPLICANT]
