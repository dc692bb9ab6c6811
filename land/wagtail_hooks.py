"""Wagtail admin for land: zone and parcel snippet viewsets, the parcel status and retire actions, and
the refusal to delete reserved or leased parcels."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_columns import FormattedColumn

from . import dashboards  # noqa: F401  (registers the land officer's panel on the admin home)
from .models import Building, Parcel, Unit, Zone
from .services import RETIRE_LOG_ACTION, RETIRE_PERMISSION, STATUS_PERMISSION, UNIT_STATUS_PERMISSION, deletion_refusal
from .views.admin import change_status_view, change_unit_status_view, retire_view


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
    list_display = [
        "code", "zone", "land_use", "status",
        FormattedColumn("area_m2", kind="area", label=_("Area"), sort_key="area_m2"),
        FormattedColumn(
            "lease_price_usd", kind="price", label=_("Lease price (USD/m²/year)"), sort_key="lease_price_usd"
        ),
        DateColumn("reserved_until", label=_("Reserved until")),
        DateColumn("retired_at", label=_("Retired")),
    ]  # fmt: skip
    list_filter = ["zone", "land_use", "status", "live", "featured", "retired_at"]
    search_fields = ["code", "summary_vi", "summary_en"]
    list_per_page = 50
    list_export = [
        "code", "zone", "land_use", "status", "area_m2", "lease_price_usd", "max_lease_term_years",
        "building_density_pct", "floor_area_ratio", "max_height_m", "power_capacity_kva", "fibre_capacity_gbps",
        "water_capacity_m3_day", "live", "reserved_until", "retired_at",
    ]  # fmt: skip
    export_filename = "parcels"

    def get_queryset(self, request):
        return Parcel.objects.select_related("zone")


class BuildingViewSet(SnippetViewSet):
    """Office buildings: code, names, zone, floors and footprint."""

    model = Building
    icon = "home"
    menu_label = _("Buildings")
    list_display = ["code", "name_vi", "name_en", "zone", "floors"]
    list_filter = ["zone", "live"]
    search_fields = ["code", "name_vi", "name_en"]
    list_export = ["code", "name_vi", "name_en", "zone", "floors", "live"]
    export_filename = "buildings"

    def get_queryset(self, request):
        return Building.objects.select_related("zone")


class UnitViewSet(SnippetViewSet):
    """Office units and desks with filters by building, kind, fit-out and status, and spreadsheet export."""

    model = Unit
    icon = "form"
    menu_label = _("Office units")
    list_display = [
        "code", "building", "kind", "status", "floor",
        FormattedColumn("area_m2", kind="area", label=_("Area"), sort_key="area_m2"),
        FormattedColumn(
            "price_usd_m2_month", kind="price", label=_("Rent (USD/m²/month)"), sort_key="price_usd_m2_month"
        ),
        FormattedColumn(
            "desk_price_usd_month", kind="price", label=_("Price per desk (USD/month)"), sort_key="desk_price_usd_month"
        ),
    ]  # fmt: skip
    list_filter = ["building", "kind", "fit_out", "status", "live"]
    search_fields = ["code", "summary_vi", "summary_en"]
    list_per_page = 50
    list_export = [
        "code", "building", "kind", "status", "floor", "area_m2", "fit_out", "price_usd_m2_month",
        "service_charge_usd_m2_month", "desk_price_usd_month", "desks_available", "deposit_months",
        "min_lease_months", "available_from", "live",
    ]  # fmt: skip
    export_filename = "office-units"

    def get_queryset(self, request):
        return Unit.objects.select_related("building")


class LandViewSetGroup(SnippetViewSetGroup):
    """The "Land" admin menu: zones, parcels, office buildings and units."""

    items = (ZoneViewSet, ParcelViewSet, BuildingViewSet, UnitViewSet)
    menu_icon = "site"
    menu_label = _("Land")
    menu_name = "land"


register_snippet(LandViewSetGroup)


@hooks.register("register_admin_urls")
def register_status_url():
    return [
        path("land/parcels/<int:pk>/status/", change_status_view, name="land_parcel_status"),
        path("land/parcels/<int:pk>/retire/", retire_view, name="land_parcel_retire"),
        path("land/units/<int:pk>/status/", change_unit_status_view, name="land_unit_status"),
    ]


@hooks.register("register_snippet_listing_buttons")
def parcel_status_button(snippet, user, next_url=None):
    if isinstance(snippet, Parcel) and user.has_perm(STATUS_PERMISSION):
        yield ListingButton(
            _("Change status"), url=reverse("land_parcel_status", args=[snippet.pk]), icon_name="history", priority=30
        )
    if isinstance(snippet, Unit) and user.has_perm(UNIT_STATUS_PERMISSION):
        yield ListingButton(
            _("Change status"), url=reverse("land_unit_status", args=[snippet.pk]), icon_name="history", priority=30
        )
    if isinstance(snippet, Parcel) and not snippet.is_retired and user.has_perm(RETIRE_PERMISSION):
        yield ListingButton(
            _("Retire"), url=reverse("land_parcel_retire", args=[snippet.pk]), icon_name="bin", priority=35
        )


@hooks.register("before_delete_snippet")
def refuse_deleting_held_parcels(request, instances):
    """Deleting a reserved or leased parcel (alone or in a bulk delete) is refused, with retiring offered."""
    refusals = [deletion_refusal(instance) for instance in instances if isinstance(instance, Parcel)]
    refusals = [refusal for refusal in refusals if refusal]
    if not refusals:
        return None
    for refusal in refusals:
        messages.error(request, refusal)
    if len(instances) == 1 and request.user.has_perm(RETIRE_PERMISSION) and not instances[0].is_retired:
        return redirect("land_parcel_retire", pk=instances[0].pk)
    return redirect("wagtailsnippets_land_parcel:list")


@hooks.register("register_log_actions")
def register_retire_log_action(actions):
    @actions.register_action(RETIRE_LOG_ACTION)
    class RetireFormatter(LogFormatter):
        label = _("Retire parcel")

        def format_message(self, log_entry):
            return _("Retired: %(reason)s") % {"reason": log_entry.data.get("reason", "")}
