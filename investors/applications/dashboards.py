"""Role dashboards on the admin home (Wagtail's `construct_homepage_panels`), chosen by permission.

- an investment officer (`screen_application`): my files, and unassigned ones, by urgency;
- the director (`decide_application`): decisions waiting, and files overdue across the team.

Each list is one query (two with the deadline lookup, queues.with_due_date), whatever its length.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import queues
from .workflow import DECIDE, SCREEN, has_staff_permission

LIMIT = 15


def rows(queryset, limit=LIMIT):
    """(application, overdue) pairs, most urgent first."""
    today = timezone.localdate()
    return [
        (application, application.due_on < today) for application in queryset.select_related("assigned_officer")[:limit]
    ]


class FilesPanel(Component):
    """A titled table of files with their deadline."""

    template_name = "applications/admin/files_panel.html"

    def __init__(self, name, title, files, empty, order, inbox_query=""):
        self.name, self.title, self.files, self.empty, self.order = name, title, files, empty, order
        self.inbox_query = inbox_query

    def get_context_data(self, parent_context):
        return {"panel": self, "rows": rows(self.files)}


def officer_panels(user):
    if not has_staff_permission(user, SCREEN):
        return []
    return [
        FilesPanel(
            "applications_my_files",
            _("My files by urgency"),
            queues.waiting_for_officer(user),
            _("No file is waiting for you."),
            110,
            "?files=mine",
        )
    ]


def director_panels(user):
    if not has_staff_permission(user, DECIDE):
        return []
    today = timezone.localdate()
    return [
        FilesPanel(
            "applications_decisions_waiting",
            _("Decisions waiting"),
            queues.waiting_for_decision(),
            _("No decision is waiting."),
            110,
        ),
        FilesPanel(
            "applications_overdue",
            _("Overdue across the team"),
            queues.open_files().filter(due_on__lt=today),
            _("No file is overdue."),
            111,
            "?overdue=yes",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    panels.extend([*officer_panels(request.user), *director_panels(request.user)])
