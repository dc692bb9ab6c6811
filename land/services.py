"""The land app's public API: the only functions other apps (investors, training, search) may call.

Status changes (`reserve`, `extend`, `lease`, `release`, `open`) lock the parcel row inside a
transaction, check the actor's permission, and log a ParcelStatusChange; office units change the same
way (`reserve_unit`, `lease_unit`, `release_unit`, logged as UnitStatusChange). A reservation holds its parcel
until `reserved_until` (by default LandSettings.reservation_days from today);
`release_expired_reservations`, a scheduler job, puts the parcel back on the market the day after.
`retire` withdraws a parcel from offer for good (a reserved or leased parcel is never deleted;
`deletion_refusal` says why). Read functions return plain values (`ParcelTerms`, codes and labels) so
callers never depend on the models.
"""

import datetime
import statistics
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from core.formatting import format_area, format_number

from .models import (
    HoldEnd,
    LandIndexPage,
    LandSettings,
    LandUse,
    OfficeIndexPage,
    Parcel,
    ParcelHold,
    ParcelStatus,
    ParcelStatusChange,
    Unit,
    UnitStatus,
    UnitStatusChange,
    Zone,
)
from .models.parcels import HELD_STATUSES
from .siteplan import build_plan

STATUS_PERMISSION = "land.change_parcel_status"
# Retiring takes a parcel away as deleting would, so it needs the same permission.
RETIRE_PERMISSION = "land.delete_parcel"
RETIRE_LOG_ACTION = "land.parcel.retire"

# Who manages reservations day to day: sets the default period and sees the expiring ones on the admin home.
RESERVATIONS_PERMISSION = "land.change_landsettings"

# action -> (statuses it may start from, status it leads to)
TRANSITIONS = {
    "reserve": ((ParcelStatus.AVAILABLE,), ParcelStatus.RESERVED),
    "extend": ((ParcelStatus.RESERVED,), ParcelStatus.RESERVED),
    "lease": ((ParcelStatus.AVAILABLE, ParcelStatus.RESERVED), ParcelStatus.LEASED),
    "release": ((ParcelStatus.RESERVED, ParcelStatus.LEASED), ParcelStatus.AVAILABLE),
    "open": ((ParcelStatus.NOT_OPEN,), ParcelStatus.AVAILABLE),
}


class LandServiceError(Exception):
    """Base class of the errors land.services raises; the message is translated and user-facing."""


class ParcelNotFound(LandServiceError):
    """No parcel has the given code."""


class InvalidTransition(LandServiceError):
    """The parcel's current status does not allow the requested change."""


@dataclass(frozen=True)
class ParcelTerms:
    """A parcel's lease facts, as the incentive estimator and the application form need them."""

    code: str
    zone_code: str
    land_use: str
    status: str
    area_m2: Decimal
    lease_price_usd: Decimal  # per m² per year
    max_lease_term_years: int

    def detail_url(self, language="vi"):
        """The parcel's public page in `language` ("vi" or "en"), or None if that land page is missing."""
        from .models.pages import LandIndexPage

        index = LandIndexPage.for_language(language)
        return index.parcel_url(self.code) if index else None


def _normalise(code):
    return str(code or "").strip().upper()


def available_actions(parcel):
    """The actions allowed from the parcel's current status, e.g. ["reserve", "lease"]."""
    return [action for action, (sources, _target) in TRANSITIONS.items() if parcel.status in sources]


def default_reservation_end(today=None):
    """The last day of a reservation made `today` when the officer gives no date (LandSettings)."""
    today = today or timezone.localdate()
    return today + datetime.timedelta(days=LandSettings.load().reservation_days)


def change_status(code, action, *, actor, reason, reference="", until=None):
    """Apply `action` to the parcel with `code` and log it; returns the updated parcel.

    `until` is the last day of the reservation for "reserve" (default: `default_reservation_end()`) and
    "extend" (required); other actions clear it. Raises PermissionDenied when `actor` lacks
    land.change_parcel_status, ParcelNotFound, InvalidTransition (also for an empty reason or an end
    date in the past), all with translated messages.
    """
    if action not in TRANSITIONS:
        raise InvalidTransition(_("Unknown action “%(action)s”.") % {"action": action})
    if actor is None or not actor.is_active or not actor.has_perm(STATUS_PERMISSION):
        raise PermissionDenied(_("You are not allowed to change the status of parcels."))
    if not str(reason or "").strip():
        raise InvalidTransition(_("Give a reason for the status change."))
    today = timezone.localdate()
    if action == "reserve" and until is None:
        until = default_reservation_end(today)
    if action == "extend" and until is None:
        raise InvalidTransition(_("Give the new last day of the reservation."))
    if action in ("reserve", "extend") and until < today:
        raise InvalidTransition(_("The reservation cannot end in the past."))
    sources, target = TRANSITIONS[action]
    with transaction.atomic():
        parcel = Parcel.objects.select_for_update().filter(code=_normalise(code)).first()
        if parcel is None:
            raise ParcelNotFound(_("There is no parcel %(code)s.") % {"code": _normalise(code)})
        if parcel.is_retired:
            raise InvalidTransition(
                _("Parcel %(code)s is retired; its status can no longer change.") % {"code": parcel.code}
            )
        if parcel.status not in sources:
            raise InvalidTransition(
                _("Parcel %(code)s is %(status)s; it cannot be %(action)s.")
                % {"code": parcel.code, "status": parcel.get_status_display(), "action": _action_past(action)}
            )
        previous = parcel.status
        if target in HELD_STATUSES:  # a reservation or lease always wins over a visitor's hold
            parcel.holds.filter(ended_at__isnull=True).update(ended_at=timezone.now(), end_reason=HoldEnd.SUPERSEDED)
        parcel.status = target
        parcel.status_changed_at = timezone.now()
        parcel.reserved_until = until if target == ParcelStatus.RESERVED else None
        parcel.save(update_fields=["status", "status_changed_at", "reserved_until"])
        ParcelStatusChange.objects.create(
            parcel=parcel,
            parcel_code=parcel.code,
            from_status=previous,
            to_status=target,
            actor=actor,
            reason=str(reason).strip(),
            reserved_until=parcel.reserved_until,
            reference=str(reference or "")[:64],
        )
    return parcel


def release_expired_reservations(today=None):
    """Put every reservation whose last day is before `today` back on the market; returns the codes released.

    The scheduler runs it (job "land-release-expired-reservations"). Each parcel is locked and checked
    again before it changes, so a reservation extended, leased or released by an officer at the same
    moment is left as the officer made it. The change is logged as made by the system.
    """
    today = today or timezone.localdate()
    expired = Q(status=ParcelStatus.RESERVED, reserved_until__lt=today, retired_at__isnull=True)
    released = []
    for code in Parcel.objects.filter(expired).order_by("code").values_list("code", flat=True):
        with transaction.atomic():
            parcel = Parcel.objects.select_for_update().filter(expired, code=code).first()
            if parcel is None:  # changed by someone else since the list was read
                continue
            ended_on = parcel.reserved_until
            parcel.status = ParcelStatus.AVAILABLE
            parcel.status_changed_at = timezone.now()
            parcel.reserved_until = None
            parcel.save(update_fields=["status", "status_changed_at", "reserved_until"])
            with override(settings.LANGUAGE_CODE):
                reason = _("The reservation ended on %(date)s; released automatically.") % {
                    "date": ended_on.strftime("%d/%m/%Y")
                }
            ParcelStatusChange.objects.create(
                parcel=parcel,
                parcel_code=parcel.code,
                from_status=ParcelStatus.RESERVED,
                to_status=ParcelStatus.AVAILABLE,
                actor=None,
                reason=reason,
            )
        released.append(code)
    return released


def reservations_ending(within_days=None, today=None):
    """Reserved parcels whose reservation ends within `within_days` (default LandSettings.warning_days) or has
    already ended without being released yet, the soonest first."""
    today = today or timezone.localdate()
    if within_days is None:
        within_days = LandSettings.load().warning_days
    return (
        Parcel.objects.filter(
            status=ParcelStatus.RESERVED,
            retired_at__isnull=True,
            reserved_until__lte=today + datetime.timedelta(days=within_days),
        )
        .select_related("zone")
        .order_by("reserved_until", "code_prefix", "code_number")
    )


def retire(code, *, actor, reason):
    """Withdraw the parcel with `code` from offer for good; returns the parcel.

    The record, its status, photos and status log stay for history, but the parcel leaves the public
    list, plan, exports, search and comparison, and its page says it is no longer offered. Who, when
    and why are kept on the parcel and in its admin history (a Wagtail log entry). Raises
    PermissionDenied without land.delete_parcel, ParcelNotFound, and InvalidTransition for an empty
    reason or a parcel already retired, all with translated messages.
    """
    if actor is None or not actor.is_active or not actor.has_perm(RETIRE_PERMISSION):
        raise PermissionDenied(_("You are not allowed to retire parcels."))
    reason = str(reason or "").strip()
    if not reason:
        raise InvalidTransition(_("Give a reason for retiring the parcel."))
    with transaction.atomic():
        parcel = Parcel.objects.select_for_update().filter(code=_normalise(code)).first()
        if parcel is None:
            raise ParcelNotFound(_("There is no parcel %(code)s.") % {"code": _normalise(code)})
        if parcel.is_retired:
            raise InvalidTransition(_("Parcel %(code)s is already retired.") % {"code": parcel.code})
        parcel.retired_at = timezone.now()
        parcel.retired_by = actor
        parcel.retirement_reason = reason
        parcel.save(update_fields=["retired_at", "retired_by", "retirement_reason"])
        log(parcel, RETIRE_LOG_ACTION, user=actor, data={"reason": reason, "status": parcel.status})
    return parcel


def deletion_refusal(parcel):
    """Why `parcel` may not be deleted (reserved or leased), as a translated sentence, or None."""
    return parcel.deletion_refusal()


def _action_past(action):
    return {
        "reserve": _("reserved"),
        "extend": _("extended"),
        "lease": _("leased"),
        "release": _("released"),
        "open": _("opened"),
    }[action]


def reserve(code, *, actor, reason, reference="", until=None):
    """Hold an available parcel for an applicant (available → reserved) until `until` (default: the
    staff-set period, LandSettings.reservation_days)."""
    return change_status(code, "reserve", actor=actor, reason=reason, reference=reference, until=until)


def extend(code, *, actor, reason, until, reference=""):
    """Move the last day of a reservation (reserved → reserved)."""
    return change_status(code, "extend", actor=actor, reason=reason, reference=reference, until=until)


def lease(code, *, actor, reason, reference=""):
    """Record a signed lease (available or reserved → leased)."""
    return change_status(code, "lease", actor=actor, reason=reason, reference=reference)


def release(code, *, actor, reason, reference=""):
    """Put a reserved or leased parcel back on the market (→ available)."""
    return change_status(code, "release", actor=actor, reason=reason, reference=reference)


def open(code, *, actor, reason, reference=""):  # the name other apps call, though it shadows open()
    """Open a parcel that was not yet on the market (not yet open → available)."""
    return change_status(code, "open", actor=actor, reason=reason, reference=reference)


def parcel_lease_terms(code):
    """The lease terms of the published parcel with `code` (any case), or None when there is none."""
    parcel = Parcel.objects.public().select_related("zone").filter(code=_normalise(code)).first()
    if parcel is None:
        return None
    return ParcelTerms(
        code=parcel.code,
        zone_code=parcel.zone.code,
        land_use=parcel.land_use,
        status=parcel.status,
        area_m2=parcel.area_m2,
        lease_price_usd=parcel.lease_price_usd,
        max_lease_term_years=parcel.max_lease_term_years,
    )


def reference_lease_price_usd():
    """Median list price (USD/m²/year) of published available or reserved parcels, or None if none."""
    prices = list(
        Parcel.objects.public()
        .filter(status__in=[ParcelStatus.AVAILABLE, ParcelStatus.RESERVED])
        .values_list("lease_price_usd", flat=True)
    )
    if not prices:
        return None
    return Decimal(statistics.median(prices)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class ParcelOffer:
    """A parcel as the application wizard offers it: written out in the active language, with its page."""

    code: str
    zone: str
    land_use: str
    area: str
    lease_price: str
    url: str


@dataclass(frozen=True)
class ParcelOffers:
    """The parcels on offer and a small site plan of the park with them highlighted (land.siteplan.SitePlan)."""

    parcels: list
    plan: object


def parcel_offers(statuses=("available",), language=None):
    """Published parcels in `statuses`, in code order, with area and list price written by core.formatting and
    a small plan of the park on which the others are faded."""
    with override(language) if language else nullcontext():
        active = get_language()
        index = LandIndexPage.objects.live().filter(locale__language_code=active).first()
        url_for = index.parcel_url_maker() if index else (lambda code: "")
        parcels = list(Parcel.objects.public().select_related("zone").in_code_order())
        offered = [parcel for parcel in parcels if parcel.status in statuses]
        offers = [
            ParcelOffer(
                code=parcel.code,
                zone=str(parcel.zone),
                land_use=parcel.get_land_use_display(),
                area=format_area(parcel.area_m2),
                lease_price=_("%(price)s USD/m²/year") % {"price": format_number(parcel.lease_price_usd, 2)},
                url=url_for(parcel.code),
            )
            for parcel in offered
        ]
        plan = build_plan(
            Zone.objects.filter(live=True),
            parcels,
            url_for=lambda parcel: url_for(parcel.code),
            matching={parcel.code for parcel in offered},
        )
    return ParcelOffers(parcels=offers, plan=plan)


def parcel_choices(statuses=("available",), language=None):
    """(code, label) pairs of published parcels in `statuses`, in code order, for form select boxes."""
    parcels = Parcel.objects.public().filter(status__in=list(statuses)).in_code_order()
    rows = parcels.values_list("code", "land_use", "area_m2")
    with override(language) if language else nullcontext():
        labels = dict(LandUse.choices)
        return [
            (
                code,
                _("%(code)s – %(use)s, %(area)s m²") % {"code": code, "use": labels[use], "area": format_number(area)},
            )
            for code, use, area in rows
        ]


# Office units ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitOffer:
    """An office unit or block of desks as the application wizard and the estimator offer it: written out in
    the active language, with its yearly cost (land.costs) and its page."""

    code: str
    kind: str
    building: str
    area: str
    price: str
    yearly_cost: str
    yearly_cost_usd: Decimal
    url: str


@dataclass(frozen=True)
class UnitCost:
    """The yearly cost of occupying a unit (one desk for desks), as plain values."""

    code: str
    status: str
    is_desks: bool
    area_m2: Decimal
    yearly_cost_usd: Decimal
    deposit_usd: Decimal


def _unit_price_text(unit):
    if unit.is_desks:
        return _("%(price)s USD/desk/month") % {"price": format_number(unit.desk_price_usd_month, 2)}
    return _("%(price)s USD/m²/month + %(charge)s service charge") % {
        "price": format_number(unit.price_usd_m2_month, 2),
        "charge": format_number(unit.service_charge_usd_m2_month, 2),
    }


def unit_offers(statuses=("available",), language=None):
    """Published office units and desks in `statuses`, in building and floor order, written out for a form."""
    from .costs import CostCalculator

    with override(language) if language else nullcontext():
        index = OfficeIndexPage.for_language(get_language())
        url_for = index.unit_url_maker() if index else (lambda code: "")
        calculator = CostCalculator()
        units = Unit.objects.public().filter(status__in=list(statuses)).select_related("building").in_code_order()
        offers = []
        for unit in units:
            yearly = calculator.for_unit(unit).total_usd
            offers.append(
                UnitOffer(
                    code=unit.code,
                    kind=unit.get_kind_display(),
                    building=str(unit.building),
                    area=format_area(unit.area_m2),
                    price=_unit_price_text(unit),
                    yearly_cost=_("%(amount)s USD/year") % {"amount": format_number(yearly)},
                    yearly_cost_usd=yearly,
                    url=url_for(unit.code),
                )
            )
    return offers


def unit_choices(statuses=("available", "reserved", "leased"), language=None):
    """(code, label) pairs of published office units and desks in `statuses`, in code order, for form
    check boxes: "T1-301 – Office unit, Tower 1, floor 3, 120 m²"."""
    with override(language) if language else nullcontext():
        units = Unit.objects.public().filter(status__in=list(statuses)).select_related("building").in_code_order()
        return [
            (
                unit.code,
                _("%(code)s – %(kind)s, %(building)s, floor %(floor)s, %(area)s")
                % {
                    "code": unit.code,
                    "kind": unit.get_kind_display(),
                    "building": unit.building,
                    "floor": unit.floor,
                    "area": format_area(unit.area_m2),
                },
            )
            for unit in units
        ]


def unit_cost(code):
    """The yearly cost of the published unit with `code` (any case), or None when there is none."""
    from .costs import CostCalculator

    unit = Unit.objects.public().select_related("building").filter(code=str(code or "").strip().upper()).first()
    if unit is None:
        return None
    yearly = CostCalculator().for_unit(unit)
    return UnitCost(
        code=unit.code,
        status=unit.status,
        is_desks=unit.is_desks,
        area_m2=unit.area_m2,
        yearly_cost_usd=yearly.total_usd,
        deposit_usd=yearly.deposit_usd,
    )


def unit_url(code, language=None):
    """The path of the unit page in `language` (the active one by default), or "" without an office page."""
    index = OfficeIndexPage.for_language(language or get_language())
    return index.unit_url(code) if index else ""


def parcel_yearly_cost_usd(code):
    """The yearly cost (list rent and infrastructure fee, land.costs) of the published parcel, or None."""
    from .costs import CostCalculator

    parcel = Parcel.objects.public().filter(code=_normalise(code)).first()
    return None if parcel is None else CostCalculator().for_parcel(parcel).total_usd


class HoldRefused(LandServiceError):
    """The parcel cannot be held now (not available, or already held for another visit)."""


@dataclass(frozen=True)
class HoldInfo:
    """A hold as callers need it: the parcel's code and when the hold ends."""

    code: str
    expires_at: object


def place_hold(code, *, reference, holder, days, now=None):
    """Keep the available, published parcel `code` for `days` days for `holder` (a name shown to staff);
    `reference` names what placed it ("visit:12"). Returns a HoldInfo.

    Under the parcel's row lock, like status changes: a hold is refused (HoldRefused, translated) when the
    parcel is not available or another hold is running; a hold whose time ran out is recorded as expired
    first. ParcelNotFound when there is no such published parcel."""
    now = now or timezone.now()
    if days <= 0:
        raise HoldRefused(_("Parcels cannot be held at the moment."))
    with transaction.atomic():
        parcel = Parcel.objects.public().select_for_update(of=("self",)).filter(code=_normalise(code)).first()
        if parcel is None:
            raise ParcelNotFound(_("There is no parcel %(code)s.") % {"code": _normalise(code)})
        parcel.holds.filter(ended_at__isnull=True, expires_at__lte=now).update(ended_at=now, end_reason=HoldEnd.EXPIRED)
        if parcel.status != ParcelStatus.AVAILABLE:
            raise HoldRefused(
                _("Parcel %(code)s is %(status)s, so it cannot be held.")
                % {"code": parcel.code, "status": parcel.get_status_display().lower()}
            )
        running = parcel.holds.filter(ended_at__isnull=True).first()
        if running is not None:
            raise HoldRefused(
                _("Parcel %(code)s is already held for another visit until %(date)s.")
                % {"code": parcel.code, "date": timezone.localtime(running.expires_at).strftime("%d/%m/%Y")}
            )
        hold = ParcelHold.objects.create(
            parcel=parcel, reference=str(reference)[:64], holder=str(holder)[:200], created_at=now,
            expires_at=now + timedelta(days=days),
        )  # fmt: skip
    return HoldInfo(code=parcel.code, expires_at=hold.expires_at)


def release_holds(reference):
    """End the running holds placed by `reference` (its visit was cancelled); how many ended."""
    return ParcelHold.objects.filter(reference=str(reference)[:64], ended_at__isnull=True).update(
        ended_at=timezone.now(), end_reason=HoldEnd.RELEASED
    )


def expire_holds(now=None):
    """The scheduler's job: record every hold whose time ran out as expired; how many."""
    now = now or timezone.now()
    return ParcelHold.objects.filter(ended_at__isnull=True, expires_at__lte=now).update(
        ended_at=now, end_reason=HoldEnd.EXPIRED
    )


def active_hold(code, now=None):
    """The running hold of parcel `code` as a HoldInfo, or None."""
    hold = ParcelHold.objects.active(now).filter(parcel__code=_normalise(code)).select_related("parcel").first()
    return HoldInfo(code=hold.parcel.code, expires_at=hold.expires_at) if hold else None


def holds_of(reference, now=None):
    """The running holds placed by `reference`, as HoldInfo."""
    holds = ParcelHold.objects.active(now).filter(reference=str(reference)[:64]).select_related("parcel")
    return [HoldInfo(code=hold.parcel.code, expires_at=hold.expires_at) for hold in holds]


# --- Office units: reserve, lease, release under the unit's row lock, logged ----------------------------

UNIT_STATUS_PERMISSION = "land.change_unit_status"
# action -> (statuses it may start from, status it leads to)
UNIT_TRANSITIONS = {
    "reserve": ((UnitStatus.AVAILABLE,), UnitStatus.RESERVED),
    "lease": ((UnitStatus.AVAILABLE, UnitStatus.RESERVED), UnitStatus.LEASED),
    "release": ((UnitStatus.RESERVED, UnitStatus.LEASED), UnitStatus.AVAILABLE),
}


class UnitNotFound(LandServiceError):
    """No office unit has the given code."""


def unit_actions(unit):
    """The actions allowed from the unit's current status, e.g. ["reserve", "lease"]."""
    return [action for action, (sources, _target) in UNIT_TRANSITIONS.items() if unit.status in sources]


def change_unit_status(code, action, *, actor, reason, reference=""):
    """Apply `action` ("reserve", "lease", "release") to the office unit with `code` and log it; returns
    the unit. The unit's row is locked (SELECT … FOR UPDATE) for the check and the change, so of two
    officers reserving one unit at the same moment exactly one succeeds and the other is told why not.

    Raises PermissionDenied when `actor` lacks land.change_unit_status, UnitNotFound, and
    InvalidTransition (an unknown action, an empty reason, a status that does not allow it), all with
    translated messages."""
    if action not in UNIT_TRANSITIONS:
        raise InvalidTransition(_("Unknown action “%(action)s”.") % {"action": action})
    if actor is None or not actor.is_active or not actor.has_perm(UNIT_STATUS_PERMISSION):
        raise PermissionDenied(_("You are not allowed to change the status of office units."))
    reason = str(reason or "").strip()
    if not reason:
        raise InvalidTransition(_("Give a reason for the status change."))
    sources, target = UNIT_TRANSITIONS[action]
    with transaction.atomic():
        unit = Unit.objects.select_for_update().filter(code=_normalise(code)).first()
        if unit is None:
            raise UnitNotFound(_("There is no office unit %(code)s.") % {"code": _normalise(code)})
        if unit.status not in sources:
            raise InvalidTransition(
                _("Office unit %(code)s is %(status)s; it cannot be %(action)s.")
                % {"code": unit.code, "status": unit.get_status_display().lower(), "action": _action_past(action)}
            )
        previous = unit.status
        unit.status = target
        unit.status_changed_at = timezone.now()
        unit.save(update_fields=["status", "status_changed_at"])
        UnitStatusChange.objects.create(
            unit=unit, unit_code=unit.code, from_status=previous, to_status=target, actor=actor, reason=reason,
            reference=str(reference or "")[:64],
        )  # fmt: skip
    return unit


def reserve_unit(code, *, actor, reason, reference=""):
    """Reserve an available office unit (see change_unit_status)."""
    return change_unit_status(code, "reserve", actor=actor, reason=reason, reference=reference)


def lease_unit(code, *, actor, reason, reference=""):
    """Lease an available or reserved office unit (see change_unit_status)."""
    return change_unit_status(code, "lease", actor=actor, reason=reason, reference=reference)


def release_unit(code, *, actor, reason, reference=""):
    """Put a reserved or leased office unit back on the market (see change_unit_status)."""
    return change_unit_status(code, "release", actor=actor, reason=reason, reference=reference)
