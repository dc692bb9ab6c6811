"""Open data: the filtered parcels as GeoJSON (WGS84, [lon, lat]) and CSV (core.csv_export's rules)."""

import json
from decimal import Decimal

from django.db.models import Max
from django.http import HttpResponse
from django.utils.http import http_date
from django.utils.translation import gettext as _

from core.csv_export import csv_response
from land import geometry
from land.labels import ChoiceLabels
from land.models import Parcel

from .common import decorate, filtered_parcels, refuse_excessive_filters

LICENCE_NAME = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
EXPORT_FIELDS = (
    "code",
    "code_prefix",
    "code_number",
    "zone__code",
    "land_use",
    "status",
    "area_m2",
    "lease_price_usd",
    "max_lease_term_years",
    "building_density_pct",
    "floor_area_ratio",
    "max_height_m",
    "power_capacity_kva",
    "fibre_capacity_gbps",
    "water_capacity_m3_day",
    "plan_polygon",
    "geo_polygon",
    "summary_vi",
    "summary_en",
)


def last_updated():
    """When the published parcel data last changed (publication or status change), or None."""
    dates = Parcel.objects.public().aggregate(published=Max("last_published_at"), status=Max("status_changed_at"))
    known = [value for value in dates.values() if value is not None]
    return max(known) if known else None


def licence_note():
    return _("Da Lat Software Park parcel data, licensed %(licence)s: reuse freely with attribution.") % {
        "licence": LICENCE_NAME
    }


def _export_rows(request, page):
    _filterset, parcels = filtered_parcels(request)
    return decorate(list(parcels.only(*EXPORT_FIELDS)), page, request)


def _absolute(request, path):
    return request.build_absolute_uri(path)


def _with_metadata(response, updated):
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    if updated is not None:
        response["Last-Modified"] = http_date(updated.timestamp())
    return response


def feature(parcel, request, labels):
    """One parcel as a GeoJSON Feature; coordinates are [longitude, latitude]."""
    ring = parcel.geo_polygon or geometry.plan_to_wgs84(parcel.plan_points())
    return {
        "type": "Feature",
        "id": parcel.code,
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {
            "code": parcel.code,
            "zone": parcel.zone.code,
            "land_use": parcel.land_use,
            "land_use_label": labels.land_use(parcel),
            "status": parcel.status,
            "status_label": labels.status(parcel),
            "area_m2": float(parcel.area_m2),
            "lease_price_usd_per_m2_year": float(parcel.lease_price_usd),
            "lease_price_vnd_per_m2_year": int(parcel.lease_price_vnd),
            "max_lease_term_years": parcel.max_lease_term_years,
            "url": _absolute(request, parcel.url),
        },
    }


def parcels_geojson(request, page):
    """A FeatureCollection of the parcels matching the list filters, with licence and last update."""
    if (refusal := refuse_excessive_filters(request, page)) is not None:
        return refusal
    parcels = _export_rows(request, page)
    updated = last_updated()
    labels = ChoiceLabels()
    collection = {
        "type": "FeatureCollection",
        "metadata": {
            "title": _("Da Lat Software Park land parcels"),
            "licence": LICENCE_NAME,
            "licence_url": LICENCE_URL,
            "attribution": licence_note(),
            "last_updated": updated.isoformat() if updated else None,
            "count": len(parcels),
        },
        "features": [feature(parcel, request, labels) for parcel in parcels],
    }
    body = json.dumps(collection, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/geo+json; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="parcels.geojson"'
    return _with_metadata(response, updated)


CSV_HEADER = [
    "code", "zone", "land_use", "status", "area_m2", "lease_price_usd_per_m2_year", "lease_price_vnd_per_m2_year",
    "max_lease_term_years", "building_density_pct", "plot_ratio", "max_height_m", "power_kva", "fibre_gbps",
    "water_m3_per_day", "longitude", "latitude", "summary", "url",
]  # fmt: skip


def csv_row(parcel, request):
    ring = parcel.geo_polygon or geometry.plan_to_wgs84(parcel.plan_points())
    lon, lat = geometry.centroid([tuple(point) for point in ring])
    return [
        parcel.code, parcel.zone.code, parcel.land_use, parcel.status, parcel.area_m2, parcel.lease_price_usd,
        parcel.lease_price_vnd, parcel.max_lease_term_years, parcel.building_density_pct, parcel.floor_area_ratio,
        parcel.max_height_m, parcel.power_capacity_kva, parcel.fibre_capacity_gbps, parcel.water_capacity_m3_day,
        Decimal(f"{lon:.7f}"), Decimal(f"{lat:.7f}"), parcel.summary, _absolute(request, parcel.url),
    ]  # fmt: skip


def parcels_csv(request, page):
    """The parcels matching the list filters as CSV for spreadsheets (UTF-8 with BOM, formulas neutralised)."""
    if (refusal := refuse_excessive_filters(request, page)) is not None:
        return refusal
    rows = (csv_row(parcel, request) for parcel in _export_rows(request, page))
    return _with_metadata(csv_response("parcels.csv", rows, header=CSV_HEADER), last_updated())
