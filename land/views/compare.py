"""Side-by-side comparison of up to three parcels and up to three office units:
`compare/?codes=a-1,b-2` (or repeated `codes`) for parcels, `units=t1-301` for office units or desks.

Parcels are compared on their land terms and everything on its yearly cost of occupancy (land.costs), so
an investor can weigh renting a ready-built floor against leasing land and building.

Up to MAX_CODES_ASKED codes of each kind the page shows the first three with a notice (a visitor without
JavaScript may tick a few more); more than that is no form's doing and gets a 400 page, so a long
list of bad codes cannot make the page answer megabytes of notices."""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from land.models import OfficeIndexPage, Parcel, Unit
from land.models.offices import UNIT_CODE_PATTERN
from land.models.parcels import CODE_PATTERN

from .common import decorate, refuse
from .offices import calculator_for

MAX_COMPARED = 3
MAX_CODES_ASKED = 6


def _asked(request, name):
    return {part.strip().upper() for raw in request.GET.getlist(name) for part in raw.split(",") if part.strip()}


def too_many_codes(request):
    """A translated explanation when more than MAX_CODES_ASKED different codes are asked for, else None."""
    parcels, units = len(_asked(request, "codes")), len(_asked(request, "units"))
    if parcels > MAX_CODES_ASKED:
        return _("You asked to compare %(count)s parcels. Tick up to %(max)s parcels in the list and try again.") % {
            "count": parcels,
            "max": MAX_COMPARED,
        }
    if units > MAX_CODES_ASKED:
        return _("You asked to compare %(count)s office units. Choose up to %(max)s and try again.") % {
            "count": units,
            "max": MAX_COMPARED,
        }
    return None


def _codes(request, name, pattern, bad_code, too_many):
    codes, notices = [], []
    for raw in request.GET.getlist(name):
        for part in raw.split(","):
            code = part.strip().upper()
            if not code or code in codes:
                continue
            if not pattern.match(code):
                notices.append(bad_code % {"code": part.strip()[:20]})
                continue
            codes.append(code)
    if len(codes) > MAX_COMPARED:
        notices.append(too_many % {"max": MAX_COMPARED})
        codes = codes[:MAX_COMPARED]
    return codes, notices


def requested_codes(request):
    """Upper-cased, de-duplicated parcel codes from every `codes` parameter, and notices about bad ones."""
    return _codes(
        request,
        "codes",
        CODE_PATTERN,
        _("“%(code)s” is not a parcel code such as A-12."),
        _("You can compare up to %(max)s parcels; showing the first %(max)s."),
    )


def requested_unit_codes(request):
    """Upper-cased, de-duplicated office unit codes from every `units` parameter, and notices about bad ones."""
    return _codes(
        request,
        "units",
        UNIT_CODE_PATTERN,
        _("“%(code)s” is not an office unit code such as T1-301."),
        _("You can compare up to %(max)s office units; showing the first %(max)s."),
    )


@dataclass
class Premises:
    """One column of the yearly cost comparison: a parcel or an office unit with its yearly cost."""

    code: str
    kind: str
    url: str
    area_m2: object
    yearly: object

    @property
    def covers(self):
        """What the yearly total adds up, in words ("Land rent, Infrastructure and management fee")."""
        return ", ".join(str(line.label) for line in self.yearly.lines if not line.included)


def _units(codes, page, request, notices):
    found = {
        unit.code: unit
        for unit in Unit.objects.public().select_related("building", "building__zone").filter(code__in=codes)
    }
    missing = [code for code in codes if code not in found]
    if missing:
        notices.append(_("No published office unit has the code %(codes)s.") % {"codes": ", ".join(missing)})
    units = [found[code] for code in codes if code in found]
    if units:
        offices = OfficeIndexPage.for_language(page.locale.language_code)
        unit_url = offices.unit_url_maker(offices.get_url(request)) if offices else (lambda code: "")
        for unit in units:
            unit.url = unit_url(unit.code)
    return units


def compare_parcels(request, page):
    """The comparison tables of the requested parcels and office units, in the order they were asked for."""
    if (message := too_many_codes(request)) is not None:
        return refuse(request, page, message)
    codes, notices = requested_codes(request)
    unit_codes, unit_notices = requested_unit_codes(request)
    notices += unit_notices
    found = {parcel.code: parcel for parcel in Parcel.objects.public().select_related("zone").filter(code__in=codes)}
    missing = [code for code in codes if code not in found]
    if missing:
        notices.append(_("No published parcel has the code %(codes)s.") % {"codes": ", ".join(missing)})
    parcels = decorate([found[code] for code in codes if code in found], page, request)
    units = _units(unit_codes, page, request, notices) if unit_codes else []
    premises = []
    if parcels or units:
        calculator = calculator_for(request)
        premises = [
            *(Premises(p.code, _("Parcel"), p.url, p.area_m2, calculator.for_parcel(p)) for p in parcels),
            *(Premises(u.code, u.get_kind_display(), u.url, u.area_m2, calculator.for_unit(u)) for u in units),
        ]
    context = {
        **page.get_context(request),
        "parcels": parcels,
        "units": units,
        "premises": premises,
        "notices": notices,
        "list_url": page.get_url(request),
    }
    return TemplateResponse(request, "land/compare.html", context)
