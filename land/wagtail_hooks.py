"""Wagtail admin for land: zone and parcel snippet viewsets and the parcel status action."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Parcel, Zone
from .services import STATUS_PERMISSION
from .views.admin import change_status_view


class ZoneViewSet(SnippetViewSet):
    """Zones: code, names, purpose and outline."""

    model = Zone
    icon = "site"
    menu_label = _("Zones")
    list_display = ["code", "name_vi", "name_en"]
    search_fields = ["code", "name_vi", "name_en"]
    list_export = ["code", "name_vi", "name_en", "purpose_vi", "purpose_en"]
    export_filename = "zones"


class ParcelViewSet(SnippetViewSet):
    """Parcels with filters by zone, land use, status and publication, search and spreadsheet export."""

    model = Parcel
    icon = "table"
    menu_label = _("Parcels")
    list_display = ["code", "zone", "land_use", "status", "area_m2", "lease_price_usd"]
    list_filter = ["zone", "land_use", "status", "live", "featured"]
    search_fields = ["code", "summary_vi", "summary_en"]
    list_per_page = 50
    list_export = [
        "code", "zone", "land_use", "status", "area_m2", "lease_price_usd", "max_lease_term_years",
        "building_density_pct", "floor_area_ratio", "max_height_m", "power_capacity_kva", "fibre_capacity_gbps",
        "water_capacity_m3_day", "live",
    ]  # fmt: skip
    export_filename = "parcels"

    def get_queryset(self, request):
        return Parcel.objects.select_related("zone")


class LandViewSetGroup(SnippetViewSetGroup):
    """The "Land" admin menu."""

    items = (ZoneViewSet, ParcelViewSet)
    menu_icon = "site"
    menu_label = _("Land")
    menu_name = "land"


register_snippet(LandViewSetGroup)


@hooks.register("register_admin_urls")
def register_status_url():
    return [path("land/parcels/<int:pk>/status/", change_status_view, name="land_parcel_status")]


@hooks.register("register_snippet_listing_buttons")
def parcel_status_button(snippet, user, next_url=None):
    if isinstance(snippet, Parcel) and user.has_perm(STATUS_PERMISSION):
        yield ListingButton(
            _("Change status"), url=reverse("land_parcel_status", args=[snippet.pk]), icon_name="history", priority=30
        )
