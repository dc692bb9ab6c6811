"""Role dashboards on the admin home (Wagtail's `construct_homepage_panels`), chosen by permission.

- an investment officer (`screen_application`): my files, and unassigned ones, by urgency;
- the director (`decide_application`): decisions waiting, and files overdue across the team;
- the land officer (land's reservations permission): parcels requested by files still awaiting a decision,
  so they are not promised to someone else; reference, status, deadline and parcels only (land
  officers do not read applications).

Each list is one query (two with the deadline lookup, queues.with_due_date), whatever its length.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from land import services as land_services

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


class RequestedParcelsPanel(Component):
    """Parcels asked for by open files, the file's deadline first; no link into the file itself."""

    name = "applications_parcels_awaiting_decision"
    order = 121
    template_name = "applications/admin/requested_parcels_panel.html"

    def get_context_data(self, parent_context):
        files = queues.open_files().exclude(parcel_codes=[]).exclude(parcel_codes__isnull=True)
        return {"rows": rows(files)}


def land_officer_panels(user):
    if not has_staff_permission(user, land_services.RESERVATIONS_PERMISSION):
        return []
    return [RequestedParcelsPanel()]


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    user = request.user
    panels.extend([*officer_panels(user), *director_panels(user), *land_officer_panels(user)])
