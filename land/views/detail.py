"""The parcel page: specification, photos, lease terms, infrastructure, neighbours and a small plan."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from wagtail.images import get_image_model

from home.models import CurrencySettings
from land import geometry
from land.costs import CostCalculator
from land.models import OccupancyCosts, Parcel, ParcelDrawing, ParcelPhoto
from land.siteplan import build_plan

NEIGHBOUR_COUNT = 4
# The small plan shows at most NEIGHBOURHOOD_MAX parcels, the nearest first, within this distance
# (metres) of the parcel's centre, so the page costs the same whether its zone holds ten parcels or
# a thousand, and a densely divided zone still gives a legible plan.
NEIGHBOURHOOD_M = 250
NEIGHBOURHOOD_MAX = 40
ZONE_PLAN_FIELDS = ("code", "code_prefix", "code_number", "zone", "land_use", "status", "area_m2", "plan_polygon")


def load_parcel(code):
    """The published parcel with `code` (any case) with its zone, photos and drawings, or 404."""
    photos = ParcelPhoto.objects.select_related("image").prefetch_related(
        Prefetch("image", queryset=get_image_model().objects.prefetch_renditions())
    )
    queryset = (
        Parcel.objects.public()
        .select_related("zone")
        .prefetch_related(
            Prefetch("photos", queryset=photos),
            Prefetch("drawings", queryset=ParcelDrawing.objects.select_related("document")),
        )
    )
    parcel = queryset.filter(code=code.upper()).first()
    if parcel is None:
        raise Http404("No such parcel")
    return parcel


def neighbourhood(parcel):
    """The published parcels of `parcel`'s zone nearest to it (itself included), the nearest first."""
    centre = geometry.centroid(parcel.plan_points())
    nearby = Parcel.objects.public().filter(zone=parcel.zone).around(centre, NEIGHBOURHOOD_M)
    return list(nearby.nearest_first(centre).only(*ZONE_PLAN_FIELDS)[:NEIGHBOURHOOD_MAX])


def retired_parcel(request, page, code):
    """410 Gone for a retired parcel: its address says it is no longer offered; 404 for any other code."""
    parcel = Parcel.objects.retired().select_related("zone").filter(code=code.upper()).first()
    if parcel is None:
        raise Http404("No such parcel")
    context = {**page.get_context(request), "parcel": parcel, "list_url": page.get_url(request)}
    return TemplateResponse(request, "land/parcel_retired.html", context, status=410)


def parcel_detail(request, page, code):
    """The parcel page; an upper-case code redirects to the canonical lower-case URL."""
    if code != code.lower():
        return redirect(page.parcel_url(code), permanent=True)
    try:
        parcel = load_parcel(code)
    except Http404:
        return retired_parcel(request, page, code)
    base_url = page.get_url(request)
    parcel_url = page.parcel_url_maker(base_url)
    nearest = neighbourhood(parcel)
    # Drawn in code order, so a keyboard or screen-reader user meets the plan's links in a sensible order.
    zone_parcels = sorted(nearest, key=lambda other: (other.code_prefix, other.code_number))
    for other in zone_parcels:
        other.url = parcel_url(other.code)
    currency = CurrencySettings.load(request_or_site=request)
    context = {
        **page.get_context(request),
        "parcel": parcel,
        "lease_price_vnd": currency.to_vnd(parcel.lease_price_usd),
        "annual_rent_usd": parcel.annual_rent_usd(),
        "annual_rent_vnd": currency.to_vnd(parcel.annual_rent_usd()),
        "currency": currency,
        "yearly": CostCalculator(OccupancyCosts.load(request_or_site=request), currency).for_parcel(parcel),
        "neighbours": [other for other in nearest if other.pk != parcel.pk][:NEIGHBOUR_COUNT],
        "plan": build_plan([parcel.zone], zone_parcels, url_for=lambda other: other.url, current=parcel.code),
        "list_url": base_url,
    }
    return TemplateResponse(request, "land/parcel_detail.html", context)
