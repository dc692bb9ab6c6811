"""The full cost of being in the park: a yearly cost table for a parcel or an office unit.

Rent and fees come from the record; the infrastructure fee, deposits, payment schedules and utility
tariffs from the staff-edited `OccupancyCosts` setting; đồng and dollars are converted at the
configured exchange rate (`CurrencySettings`). Sources and dates: docs/costs.md.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from core.formatting import format_number
from home.models import CurrencySettings

from .models import OccupancyCosts, Parcel, Unit

CENT = Decimal("0.01")


def _n(value, decimals=0):
    """A number in the active language's format (1.500 / 1,500)."""
    return format_number(value, decimals)


MONTHS = 12


@dataclass
class CostLine:
    """One row of the table: what it is, how it was worked out, and the amount per year in both currencies."""

    label: str
    basis: str
    usd: Decimal | None
    vnd: Decimal | None
    included: bool = False  # included in another line (desks: utilities are in the desk price)


@dataclass
class Tariff:
    label: str
    amount: Decimal
    unit: str
    source: str
    checked: object


@dataclass
class YearlyCost:
    """The yearly cost of one parcel, office unit or desk, with the one-off deposit and the tariffs used."""

    lines: list = field(default_factory=list)
    total_usd: Decimal = Decimal("0")
    total_vnd: Decimal = Decimal("0")
    deposit_usd: Decimal = Decimal("0")
    deposit_vnd: Decimal = Decimal("0")
    deposit_basis: str = ""
    schedule: str = ""
    tariffs: list = field(default_factory=list)
    metered: bool = False  # utilities are billed on use and left out of the total (parcels)


class CostCalculator:
    """Works out yearly costs with one load of the settings, for any number of parcels or units."""

    def __init__(self, costs=None, currency=None):
        self.costs = costs or OccupancyCosts.load()
        self.currency = currency or CurrencySettings.load()

    def _usd_line(self, label, basis, usd, included=False):
        usd = Decimal(usd).quantize(CENT, rounding=ROUND_HALF_UP)
        return CostLine(label, basis, usd, self.currency.to_vnd(usd), included)

    def _vnd_line(self, label, basis, vnd):
        vnd = Decimal(vnd).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        usd = (vnd / self.currency.usd_to_vnd).quantize(CENT, rounding=ROUND_HALF_UP)
        return CostLine(label, basis, usd, vnd)

    def tariffs(self):
        costs = self.costs
        return [
            Tariff(
                _("Electricity"),
                costs.electricity_vnd_kwh,
                "₫/kWh",
                costs.electricity_source,
                costs.electricity_checked,
            ),
            Tariff(_("Water"), costs.water_vnd_m3, "₫/m³", costs.water_source, costs.water_checked),
            Tariff(
                _("Internet"), costs.internet_vnd_month, _("₫/month"), costs.internet_source, costs.internet_checked
            ),
        ]

    def _finish(self, result):
        counted = [line for line in result.lines if not line.included]
        result.total_usd = sum((line.usd for line in counted), Decimal("0"))
        result.total_vnd = sum((line.vnd for line in counted), Decimal("0"))
        result.deposit_vnd = self.currency.to_vnd(result.deposit_usd)
        result.tariffs = self.tariffs()
        return result

    def for_parcel(self, parcel: Parcel) -> YearlyCost:
        """Land rent and the infrastructure fee per year; utilities are metered on what is built."""
        costs = self.costs
        rent = parcel.annual_rent_usd()
        result = YearlyCost(schedule=costs.parcel_schedule, metered=True)
        result.lines.append(
            self._usd_line(
                _("Land rent"),
                _("%(area)s m² × %(price)s USD/m²/year")
                % {"area": _n(parcel.area_m2), "price": _n(parcel.lease_price_usd, 2)},
                rent,
            )
        )
        fee = parcel.area_m2 * costs.infrastructure_fee_usd_m2_year
        result.lines.append(
            self._usd_line(
                _("Infrastructure and management fee"),
                _("%(area)s m² × %(price)s USD/m²/year")
                % {"area": _n(parcel.area_m2), "price": _n(costs.infrastructure_fee_usd_m2_year, 2)},
                fee,
            )
        )
        result.deposit_usd = (rent * costs.parcel_deposit_months / MONTHS).quantize(CENT, rounding=ROUND_HALF_UP)
        result.deposit_basis = _("%(months)s months of land rent") % {"months": costs.parcel_deposit_months}
        return self._finish(result)

    def for_unit(self, unit: Unit) -> YearlyCost:
        """Rent, service charge and estimated utilities per year (desks: one desk, utilities included)."""
        costs = self.costs
        result = YearlyCost(schedule=costs.unit_schedule)
        if unit.is_desks:
            result.lines.append(
                self._usd_line(
                    _("Desk rent"),
                    _("%(price)s USD/desk/month × 12") % {"price": _n(unit.desk_price_usd_month, 2)},
                    unit.desk_price_usd_month * MONTHS,
                )
            )
            for label in (_("Electricity"), _("Water"), _("Internet")):
                result.lines.append(CostLine(label, _("Included in the desk price"), None, None, included=True))
            monthly = unit.desk_price_usd_month
        else:
            rent, service = unit.monthly_rent_usd(), unit.monthly_service_charge_usd()
            result.lines.append(
                self._usd_line(
                    _("Office rent"),
                    _("%(area)s m² × %(price)s USD/m²/month × 12")
                    % {"area": _n(unit.area_m2), "price": _n(unit.price_usd_m2_month, 2)},
                    rent * MONTHS,
                )
            )
            result.lines.append(
                self._usd_line(
                    _("Service charge"),
                    _("%(area)s m² × %(price)s USD/m²/month × 12")
                    % {"area": _n(unit.area_m2), "price": _n(unit.service_charge_usd_m2_month, 2)},
                    service * MONTHS,
                )
            )
            kwh = unit.area_m2 * costs.office_kwh_m2_month * MONTHS
            result.lines.append(
                self._vnd_line(
                    _("Electricity (estimate)"),
                    _("%(kwh)s kWh × %(tariff)s ₫/kWh") % {"kwh": _n(kwh), "tariff": _n(costs.electricity_vnd_kwh)},
                    kwh * costs.electricity_vnd_kwh,
                )
            )
            water = unit.area_m2 * costs.office_water_m3_m2_month * MONTHS
            result.lines.append(
                self._vnd_line(
                    _("Water (estimate)"),
                    _("%(m3)s m³ × %(tariff)s ₫/m³") % {"m3": _n(water, "-1"), "tariff": _n(costs.water_vnd_m3)},
                    water * costs.water_vnd_m3,
                )
            )
            result.lines.append(
                self._vnd_line(
                    _("Internet"),
                    _("%(price)s ₫/month × 12") % {"price": _n(costs.internet_vnd_month)},
                    costs.internet_vnd_month * MONTHS,
                )
            )
            monthly = rent + service
        result.deposit_usd = (monthly * unit.deposit_months).quantize(CENT, rounding=ROUND_HALF_UP)
        result.deposit_basis = _("%(months)s months of rent and service charge") % {"months": unit.deposit_months}
        return self._finish(result)
