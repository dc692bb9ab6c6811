"""Side-by-side comparison of up to three parcels: `compare/?codes=a-1,b-2` (or repeated `codes`).

Up to MAX_CODES_ASKED codes the page shows the first three with a notice (a visitor without
JavaScript may tick a few more); more than that is no form's doing and gets a 400 page, so a long
list of bad codes cannot make the page answer megabytes of notices."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from land.models import Parcel
from land.models.parcels import CODE_PATTERN

from .common import decorate, refuse

MAX_COMPARED = 3
MAX_CODES_ASKED = 6


def too_many_codes(request):
    """A translated explanation when more than MAX_CODES_ASKED different codes are asked for, else None."""
    asked = {part.strip().upper() for raw in request.GET.getlist("codes") for part in raw.split(",") if part.strip()}
    if len(asked) <= MAX_CODES_ASKED:
        return None
    return _("You asked to compare %(count)s parcels. Tick up to %(max)s parcels in the list and try again.") % {
        "count": len(asked),
        "max": MAX_COMPARED,
    }


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
    if (message := too_many_codes(request)) is not None:
        return refuse(request, page, message)
    codes, notices = requested_codes(request)
    found = {parcel.code: parcel for parcel in Parcel.objects.public().select_related("zone").filter(code__in=codes)}
    missing = [code for code in codes if code not in found]
    if missing:
        notices.append(_("No published parcel has the code %(codes)s.") % {"codes": ", ".join(missing)})
    parcels = decorate([found[code] for code in codes if code in found], page, request)
    context = {**page.get_context(request), "parcels": parcels, "notices": notices, "list_url": page.get_url(request)}
    return TemplateResponse(request, "land/compare.html", context)
