"""The parcel page: specification, photos, lease terms, infrastructure, neighbours and a small plan."""

import math

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from wagtail.images import get_image_model
from wagtail.models import Locale

from home.models import CurrencySettings
from land import geometry
from land.models import Parcel, ParcelDrawing, ParcelPhoto
from land.siteplan import build_plan

from .common import apply_url

NEIGHBOUR_COUNT = 4
# The small plan shows the parcels within this distance (metres) of the parcel's centre, so the page
# costs the same whether its zone holds ten parcels or a thousand.
NEIGHBOURHOOD_M = 250
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


def nearest(parcel, others, count=NEIGHBOUR_COUNT):
    """The `count` parcels of `others` whose centres are closest to `parcel`'s."""
    centre = geometry.centroid(parcel.plan_points())
    candidates = [other for other in others if other.pk != parcel.pk and other.plan_points()]
    candidates.sort(key=lambda other: math.dist(centre, geometry.centroid(other.plan_points())))
    return candidates[:count]


def translation_url(page, parcel, request):
    """The same parcel on the land page of the other language, or None."""
    other = "en" if page.locale.language_code == "vi" else "vi"
    locale = Locale.objects.filter(language_code=other).first()
    translation = page.get_translation_or_none(locale) if locale else None
    if translation is None or not translation.live:
        return None
    return translation.specific.parcel_url(parcel.code, translation.get_url(request))


def parcel_detail(request, page, code):
    """The parcel page; an upper-case code redirects to the canonical lower-case URL."""
    if code != code.lower():
        return redirect(page.parcel_url(code), permanent=True)
    parcel = load_parcel(code)
    base_url = page.get_url(request)
    centre = geometry.centroid(parcel.plan_points())
    nearby = Parcel.objects.public().filter(zone=parcel.zone).around(centre, NEIGHBOURHOOD_M)
    zone_parcels = list(nearby.in_code_order().only(*ZONE_PLAN_FIELDS))
    for other in zone_parcels:
        other.url = page.parcel_url(other.code, base_url)
    currency = CurrencySettings.load(request_or_site=request)
    context = {
        **page.get_context(request),
        "parcel": parcel,
        "lease_price_vnd": currency.to_vnd(parcel.lease_price_usd),
        "annual_rent_usd": parcel.annual_rent_usd(),
        "annual_rent_vnd": currency.to_vnd(parcel.annual_rent_usd()),
        "currency": currency,
        "neighbours": nearest(parcel, zone_parcels),
        "plan": build_plan([parcel.zone], zone_parcels, url_for=lambda other: other.url, current=parcel.code),
        "apply_url": apply_url(parcel.code),
        "translation_url": translation_url(page, parcel, request),
        "list_url": base_url,
    }
    return TemplateResponse(request, "land/parcel_detail.html", context)
