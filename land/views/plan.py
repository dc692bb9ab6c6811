"""The site plan: every zone and parcel as inline SVG, coloured and patterned by status, and the office
buildings, each linking to its units."""

from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language

from land.models import Building, OfficeIndexPage, Parcel, ParcelStatus, UnitStatus, Zone
from land.siteplan import build_plan

from .common import filtered_parcels, query_string, refuse_excessive_filters, route_urls

PLAN_FIELDS = ("code", "code_prefix", "code_number", "zone", "land_use", "status", "area_m2", "plan_polygon")


def site_plan(request, page):
    """All published parcels on the plan; those not matching the list filters are faded."""
    if (refusal := refuse_excessive_filters(request, page)) is not None:
        return refusal
    filterset, matching = filtered_parcels(request)
    matching_codes = set(matching.values_list("code", flat=True))
    parcels = Parcel.objects.public().in_code_order().only(*PLAN_FIELDS)
    parcel_url = page.parcel_url_maker(page.get_url(request))
    plan = build_plan(
        Zone.objects.filter(live=True),
        parcels,
        url_for=lambda parcel: parcel_url(parcel.code),
        matching=matching_codes if filterset.chips(request.GET) else None,
        buildings=plan_buildings(),
        building_url_for=building_url_maker(request),
    )
    counts = dict(Parcel.objects.public().values_list("status").annotate(total=Count("id")).order_by())
    legend = [(value, label, counts.get(value, 0)) for value, label in ParcelStatus.choices]
    context = {
        **page.get_context(request),
        "filterset": filterset,
        "form": filterset.form,
        "chips": filterset.chips(request.GET),
        "notices": filterset.notices,
        "plan": plan,
        "legend": legend,
        "matching_count": len(matching_codes),
        "filter_query": query_string(request, "page"),
        "urls": route_urls(page, request),
    }
    return TemplateResponse(request, "land/site_plan.html", context)


def plan_buildings():
    """Published buildings with `units_available`: their published units one can let now."""
    available = Q(units__live=True, units__status=UnitStatus.AVAILABLE)
    return (
        Building.objects.filter(live=True).annotate(units_available=Count("units", filter=available)).order_by("code")
    )


def building_url_maker(request):
    """A function giving the office list filtered to one building, in the active language ("" without one)."""
    offices = OfficeIndexPage.for_language(get_language())
    base_url = offices.get_url(request) if offices else ""

    def url_for(building):
        return f"{base_url}?{urlencode({'building': building.code})}" if base_url else ""

    return url_for
