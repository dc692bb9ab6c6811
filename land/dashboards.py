"""The land officer's panel on the admin home (`construct_homepage_panels`), for holders of
`land.change_landsettings` (the land officers, who manage reservations): reservations ending within the
warning period of LandSettings (or ended and not yet released), the soonest first, each row opening
the parcel's "Change status" page where the reservation is extended, turned into a lease or released.
One query whatever the list's length."""

from django.utils import timezone

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .models import LandSettings
from .services import RESERVATIONS_PERMISSION, reservations_ending

LIMIT = 20


class ReservationsPanel(Component):
    name = "land_reservations_ending"
    order = 120
    template_name = "land/admin/reservations_panel.html"

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        days = LandSettings.load().warning_days
        rows = [(parcel, (parcel.reserved_until - today).days) for parcel in reservations_ending(days, today)[:LIMIT]]
        return {"rows": rows, "days": days}


@hooks.register("construct_homepage_panels")
def add_reservations_panel(request, panels):
    if request.user.has_perm(RESERVATIONS_PERMISSION):
        panels.append(ReservationsPanel())
