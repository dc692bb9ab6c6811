"""Office space pages: the unit list (filters, sort, pages), the unit page with its yearly cost, and the
units as open data (GeoJSON points at each building, CSV)."""

import json

from django.core.paginator import Paginator
from django.db.models import Max, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from core.csv_export import csv_response
from home.models import CurrencySettings
from land.costs import CostCalculator
from land.filters import UnitFilterSet, excessive_unit_filters
from land.models import LandIndexPage, OccupancyCosts, Unit, UnitPhoto
from land.services import parcel_choices

from .common import query_string, refuse
from .exports import LICENCE_NAME, LICENCE_URL, _with_metadata
from .listing import PER_PAGE, resolve_page


def filtered_units(request):
    """The bound filter set and its filtered, sorted queryset of published units."""
    queryset = Unit.objects.public().select_related("building", "building__zone").in_code_order()
    filterset = UnitFilterSet(request.GET, queryset=queryset)
    return filterset, filterset.qs


def refuse_excessive(request, page):
    message = excessive_unit_filters(request.GET)
    return None if message is None else refuse(request, page, message)


def decorate(units, page, request, calculator):
    """Attach `url` and `yearly` (the yearly cost) to each unit, with one settings and one URL lookup."""
    unit_url = page.unit_url_maker(page.get_url(request))
    for unit in units:
        unit.url = unit_url(unit.code)
        unit.yearly = calculator.for_unit(unit)
    return units


def calculator_for(request):
    return CostCalculator(OccupancyCosts.load(request_or_site=request), CurrencySettings.load(request_or_site=request))


def route_urls(page, request):
    base_url = page.get_url(request)
    return {"list": base_url, "geojson": page.export_url("geojson", base_url), "csv": page.export_url("csv", base_url)}


def unit_list(request, page):
    """The filtered, sorted, paginated list of office units and desks of the office page `page`."""
    if (refusal := refuse_excessive(request, page)) is not None:
        return refusal
    filterset, units = filtered_units(request)
    paginator = Paginator(units, PER_PAGE)
    page_obj, page_notice = resolve_page(paginator, request.GET.get("page"))
    calculator = calculator_for(request)
    context = {
        **page.get_context(request),
        "filterset": filterset,
        "form": filterset.form,
        "page_obj": page_obj,
        "units": decorate(list(page_obj.object_list), page, request, calculator),
        "result_count": paginator.count,
        "chips": filterset.chips(request.GET),
        "notices": [*filterset.notices, *([page_notice] if page_notice else [])],
        "currency": calculator.currency,
        "export_query": query_string(request, "page"),
        "active_sort": filterset.active_sort(),
        "urls": route_urls(page, request),
    }
    return TemplateResponse(request, "land/office_index_page.html", context)


def load_unit(code):
    """The published unit with `code` (any case), with its building, photos and floor plan, or 404."""
    images = get_image_model().objects.prefetch_renditions()
    photos = UnitPhoto.objects.select_related("image").prefetch_related(Prefetch("image", queryset=images))
    unit = (
        Unit.objects.public()
        .select_related("building", "building__zone", "floor_plan")
        .prefetch_related(Prefetch("photos", queryset=photos))
        .filter(code=code.upper())
        .first()
    )
    if unit is None:
        raise Http404("No such unit")
    return unit


def compare_with_parcels(page, request):
    """The land comparison page in the page's language and the available parcels a unit can be set beside."""
    land_page = LandIndexPage.for_language(page.locale.language_code)
    if land_page is None:
        return {}
    parcels = parcel_choices(statuses=("available",))
    if not parcels:
        return {}
    return {
        "compare_url": land_page.get_url(request) + land_page.reverse_subpage("compare"),
        "compare_parcels": parcels,
    }


def unit_detail(request, page, code):
    """The unit page; an upper-case code redirects to the canonical lower-case URL."""
    if code != code.lower():
        return redirect(page.unit_url(code), permanent=True)
    unit = load_unit(code)
    calculator = calculator_for(request)
    context = {
        **page.get_context(request),
        "unit": unit,
        "yearly": calculator.for_unit(unit),
        "currency": calculator.currency,
        "list_url": page.get_url(request),
        **compare_with_parcels(page, request),
    }
    return TemplateResponse(request, "land/unit_detail.html", context)


# Open data ---------------------------------------------------------------------------------------------


def last_updated():
    return Unit.objects.public().aggregate(updated=Max("last_published_at"))["updated"]


def _rows(request, page):
    _filterset, units = filtered_units(request)
    return decorate(list(units), page, request, calculator_for(request))


def _number(value):
    return None if value is None else float(value)


def unit_properties(unit, request):
    return {
        "code": unit.code,
        "building": unit.building.code,
        "building_name": unit.building.name,
        "zone": unit.building.zone.code,
        "kind": unit.kind,
        "kind_label": unit.get_kind_display(),
        "status": unit.status,
        "floor": unit.floor,
        "area_m2": float(unit.area_m2),
        "fit_out": unit.fit_out,
        "rent_usd_per_m2_month": _number(unit.price_usd_m2_month),
        "service_charge_usd_per_m2_month": _number(unit.service_charge_usd_m2_month),
        "desk_price_usd_month": _number(unit.desk_price_usd_month),
        "desks_available": unit.desks_available,
        "available_from": unit.available_from.isoformat() if unit.available_from else None,
        "yearly_cost_usd": float(unit.yearly.total_usd),
        "url": request.build_absolute_uri(unit.url),
    }


def units_geojson(request, page):
    """A FeatureCollection of the units matching the list filters: one point per unit at its building."""
    if (refusal := refuse_excessive(request, page)) is not None:
        return refusal
    units = _rows(request, page)
    updated = last_updated()
    features = []
    for unit in units:
        location = unit.building.location()
        geometry = {"type": "Point", "coordinates": list(location)} if location else None
        features.append(
            {"type": "Feature", "id": unit.code, "geometry": geometry, "properties": unit_properties(unit, request)}
        )
    collection = {
        "type": "FeatureCollection",
        "metadata": {
            "title": _("Da Lat Software Park office units"),
            "licence": LICENCE_NAME,
            "licence_url": LICENCE_URL,
            "last_updated": updated.isoformat() if updated else None,
            "count": len(features),
        },
        "features": features,
    }
    response = HttpResponse(
        json.dumps(collection, ensure_ascii=False), content_type="application/geo+json; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="units.geojson"'
    return _with_metadata(response, updated)


CSV_HEADER = [
    "code", "building", "zone", "kind", "status", "floor", "area_m2", "fit_out", "rent_usd_per_m2_month",
    "service_charge_usd_per_m2_month", "desk_price_usd_month", "desks_available", "available_from",
    "yearly_cost_usd", "summary", "url",
]  # fmt: skip


def units_csv(request, page):
    """The units matching the list filters as CSV (core.csv_export's rules)."""
    if (refusal := refuse_excessive(request, page)) is not None:
        return refusal
    rows = (
        [
            unit.code,
            unit.building.code,
            unit.building.zone.code,
            unit.kind,
            unit.status,
            unit.floor,
            unit.area_m2,
            unit.fit_out,
            unit.price_usd_m2_month,
            unit.service_charge_usd_m2_month,
            unit.desk_price_usd_month,
            unit.desks_available,
            unit.available_from.isoformat() if unit.available_from else "",
            unit.yearly.total_usd,
            unit.summary,
            request.build_absolute_uri(unit.url),
        ]  # fmt: skip
        for unit in _rows(request, page)
    )
    return _with_metadata(csv_response("units.csv", rows, header=CSV_HEADER), last_updated())
