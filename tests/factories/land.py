"""Factories for zones, parcels, office buildings and units: published, valid, and laid out so outlines
never overlap."""

import string
from decimal import Decimal

import factory

from land import geometry
from land.models import Building, FitOut, LandUse, Parcel, ParcelStatus, Unit, UnitKind, UnitStatus, Zone

LETTERS = string.ascii_uppercase


def zone_code(number):
    """A, B, … Z, AA, AB, …"""
    if number < 26:
        return LETTERS[number]
    return LETTERS[(number // 26 - 1) % 26] + LETTERS[number % 26]


class ZoneFactory(factory.django.DjangoModelFactory):
    """A published zone with a large square outline (10 km) so any factory parcel fits inside."""

    class Meta:
        model = Zone
        django_get_or_create = ("code",)

    code = factory.Sequence(zone_code)
    name_vi = factory.LazyAttribute(lambda zone: f"Khu {zone.code}")
    name_en = factory.LazyAttribute(lambda zone: f"Zone {zone.code}")
    purpose_vi = "Văn phòng phần mềm"
    purpose_en = "Software offices"
    outline = factory.LazyFunction(lambda: geometry.rectangle(0, 0, 10000, 10000))
    live = True


class ParcelFactory(factory.django.DjangoModelFactory):
    """A published, available parcel; its outline is a 20 m square placed by its sequence number."""

    class Meta:
        model = Parcel

    zone = factory.SubFactory(ZoneFactory, code="A")
    code = factory.Sequence(lambda number: f"P-{number + 1}")
    land_use = LandUse.SOFTWARE_OFFICE
    status = ParcelStatus.AVAILABLE
    area_m2 = Decimal("5000")
    lease_price_usd = Decimal("3.00")
    max_lease_term_years = 50
    building_density_pct = Decimal("40")
    floor_area_ratio = Decimal("1.5")
    max_height_m = Decimal("18")
    power_capacity_kva = 400
    fibre_capacity_gbps = Decimal("10")
    water_capacity_m3_day = 50
    summary_vi = "Lô đất mẫu cho văn phòng phần mềm."
    summary_en = "A sample parcel for a software office."
    live = True

    @factory.lazy_attribute_sequence
    def plan_polygon(self, number):
        column, row = number % 200, number // 200
        return geometry.rectangle(10 + column * 30, 10 + row * 30, 20, 20)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        code = kwargs.get("code", "")
        zone = kwargs["zone"]
        if code.startswith("P-"):  # the default code takes the zone's letters
            kwargs["code"] = f"{zone.code}-{code[2:]}"
        return super()._create(model_class, *args, **kwargs)


class BuildingFactory(factory.django.DjangoModelFactory):
    """A published office building of ten floors in zone A, with a small footprint."""

    class Meta:
        model = Building
        django_get_or_create = ("code",)

    code = "T1"
    zone = factory.SubFactory(ZoneFactory, code="A")
    floors = 10
    name_vi = factory.LazyAttribute(lambda building: f"Tòa {building.code}")
    name_en = factory.LazyAttribute(lambda building: f"Building {building.code}")
    description_vi = "Tòa văn phòng có thang máy và bãi đỗ xe."
    description_en = "An office building with lifts and parking."
    plan_polygon = factory.LazyFunction(lambda: geometry.rectangle(9000, 9000, 40, 30))
    live = True


class UnitFactory(factory.django.DjangoModelFactory):
    """A published, available 100 m² office unit at 10 USD/m²/month plus 2 USD/m²/month service charge."""

    class Meta:
        model = Unit

    building = factory.SubFactory(BuildingFactory)
    code = factory.Sequence(lambda number: f"U-{number + 1}")
    kind = UnitKind.OFFICE
    status = UnitStatus.AVAILABLE
    floor = 2
    area_m2 = Decimal("100")
    fit_out = FitOut.FITTED
    price_usd_m2_month = Decimal("10.00")
    service_charge_usd_m2_month = Decimal("2.00")
    summary_vi = "Văn phòng mẫu."
    summary_en = "A sample office."
    live = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        code = kwargs.get("code", "")
        if code.startswith("U-"):  # the default code takes the building's code
            kwargs["code"] = f"{kwargs['building'].code}-{code[2:]}"
        if kwargs.get("kind") in (UnitKind.COWORKING, UnitKind.INCUBATOR):
            kwargs.setdefault("desk_price_usd_month", Decimal("80"))
            kwargs.setdefault("desks_available", 10)
            kwargs["price_usd_m2_month"] = kwargs["service_charge_usd_m2_month"] = None
        return super()._create(model_class, *args, **kwargs)
