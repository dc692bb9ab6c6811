"""Which files a staff member looks at, most urgent first: the inbox's views and the dashboards' lists.

Urgency is the current step's statutory deadline (clock.step_clock): working days after the step
started, Vietnamese public holidays excluded. The deadline is computed in Python for each distinct
(status, start date) pair of the files asked for, then handed to the database as a CASE expression,
so the list is ordered and paginated by the database with one extra query, whatever its length.
"""

from django.db.models import Case, DateField, F, Q, Value, When

from .clock import add_working_days, step_durations
from .models import ApplicationStatus, InvestmentApplication

OPEN_STATUSES = [
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SCREENING,
    ApplicationStatus.INFO_REQUESTED,
    ApplicationStatus.RESUBMITTED,
    ApplicationStatus.APPRAISAL,
]
CLOSED_STATUSES = [ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN]
# Steps where the park, not the applicant, holds the file.
STAFF_STATUSES = [status for status in OPEN_STATUSES if status != ApplicationStatus.INFO_REQUESTED]


def with_due_date(queryset):
    """`queryset` annotated with `due_on`, the deadline of the current step (None for closed files)."""
    durations = step_durations()
    pairs = queryset.order_by().values_list("status", "step_started_at__date").distinct()
    whens = [
        When(
            status=status, step_started_at__date=started_on, then=Value(add_working_days(started_on, durations[status]))
        )
        for status, started_on in pairs
        if status in durations and started_on is not None
    ]
    return queryset.annotate(due_on=Case(*whens, default=Value(None), output_field=DateField()))


def by_urgency(queryset):
    """Open files, the nearest deadline first (overdue ones lead), then the oldest step."""
    return with_due_date(queryset.filter(status__in=OPEN_STATUSES)).order_by(
        F("due_on").asc(nulls_last=True), "step_started_at", "pk"
    )


def open_files():
    return by_urgency(InvestmentApplication.objects.all())


def assigned_to(user):
    return by_urgency(InvestmentApplication.objects.filter(assigned_officer=user))


def closed_files():
    return InvestmentApplication.objects.filter(status__in=CLOSED_STATUSES).order_by(
        F("decided_at").desc(nulls_last=True), "-pk"
    )


def waiting_for_officer(user):
    """Files in the officers' steps that are `user`'s or nobody's yet, most urgent first."""
    queryset = InvestmentApplication.objects.filter(status__in=STAFF_STATUSES).exclude(
        status=ApplicationStatus.APPRAISAL
    )
    return by_urgency(queryset.filter(Q(assigned_officer=user) | Q(assigned_officer__isnull=True)))


def waiting_for_decision():
    return by_urgency(InvestmentApplication.objects.filter(status=ApplicationStatus.APPRAISAL))
