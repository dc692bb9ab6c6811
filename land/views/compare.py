"""Side-by-side comparison of up to three parcels: `compare/?codes=a-1,b-2` (or repeated `codes`)."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from land.models import Parcel
from land.models.parcels import CODE_PATTERN

from .common import decorate

MAX_COMPARED = 3


def requested_codes(request):
    """Upper-cased, de-duplicated codes from every `codes` parameter, and notices about bad ones."""
    codes, notices = [], []
    for raw in request.GET.getlist("codes"):
        for part in raw.split(","):
            code = part.strip().upper()
            if not code or code in codes:
                continue
            if not CODE_PATTERN.match(code):
                notices.append(_("“%(code)s” is not a parcel code such as A-12.") % {"code": part.strip()[:20]})
                continue
            codes.append(code)
    if len(codes) > MAX_COMPARED:
        notices.append(_("You can compare up to %(max)s parcels; showing the first %(max)s.") % {"max": MAX_COMPARED})
        codes = codes[:MAX_COMPARED]
    return codes, notices


def compare_parcels(request, page):
    """The comparison table of the requested parcels, in the order they were asked for."""
    codes, notices = requested_codes(request)
    found = {parcel.code: parcel for parcel in Parcel.objects.public().select_related("zone").filter(code__in=codes)}
    missing = [code for code in codes if code not in found]
    if missing:
        notices.append(_("No published parcel has the code %(codes)s.") % {"codes": ", ".join(missing)})
    parcels = decorate([found[code] for code in codes if code in found], page, request)
    context = {**page.get_context(request), "parcels": parcels, "notices": notices, "list_url": page.get_url(request)}
    return TemplateResponse(request, "land/compare.html", context)
