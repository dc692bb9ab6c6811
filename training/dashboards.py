"""The training coordinator's panel on the admin home (`construct_homepage_panels`), for holders of
`training.change_cohort`: the next sessions, sessions whose attendance is still to take, and cohorts
with a waitlist. Each list is one query whatever its length; each row opens the cohort's overview or
the session's attendance sheet."""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .models import Attendance, Cohort, Session

LIMIT = 10
# How far back a session without attendance is still shown as "to take".
RECENT_DAYS = 60


def next_sessions(now=None, limit=LIMIT):
    now = now or timezone.now()
    return list(Session.objects.filter(starts_at__gte=now).select_related("cohort").order_by("starts_at", "pk")[:limit])


def attendance_to_take(now=None, limit=LIMIT):
    """Sessions that have started, in the last RECENT_DAYS days, with no attendance recorded, oldest first."""
    now = now or timezone.now()
    marked = Attendance.objects.filter(session=OuterRef("pk"))
    return list(
        Session.objects.filter(starts_at__lt=now, starts_at__gte=now - timezone.timedelta(days=RECENT_DAYS))
        .filter(~Exists(marked))
        .select_related("cohort")
        .order_by("starts_at", "pk")[:limit]
    )


def waitlists(limit=LIMIT):
    """Cohorts not yet ended with people waiting for a seat, the longest waitlist first."""
    return list(
        Cohort.objects.with_counts()
        .filter(ends_on__gte=timezone.localdate(), waitlisted_count__gt=0)
        .order_by("-waitlisted_count", "starts_on")[:limit]
    )


class CoordinatorPanel(Component):
    name = "training_my_cohorts"
    order = 110
    template_name = "training/admin/coordinator_panel.html"

    def get_context_data(self, parent_context):
        return {
            "next_sessions": next_sessions(),
            "attendance_to_take": attendance_to_take(),
            "waitlists": waitlists(),
        }


@hooks.register("construct_homepage_panels")
def add_coordinator_panel(request, panels):
    if request.user.has_perm("training.change_cohort"):
        panels.append(CoordinatorPanel())
