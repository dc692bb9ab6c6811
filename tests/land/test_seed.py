"""The land demo: valid parcels with unique codes in every status, repeatable, scaled by `--scale`.

Runs on the shared seeded database (`seeded_demo`, tests/conftest.py).
"""

from django.db.models import Count

import pytest

from core.seeding import SeedContext
from land.demo.seeding import seed_land
from land.models import Parcel, ParcelStatus, Zone

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]


def counts():
    return {"zones": Zone.objects.count(), "parcels": Parcel.objects.count(), "public": Parcel.objects.public().count()}


def test_every_parcel_is_valid_with_a_unique_code_a_photo_and_both_languages(seeded_demo):
    parcels = list(Parcel.objects.select_related("zone"))
    assert parcels
    assert len({parcel.code for parcel in parcels}) == len(parcels)
    for parcel in parcels:
        parcel.full_clean()  # code format, outline inside its zone, positive figures
        assert parcel.code.startswith(f"{parcel.zone.code}-")
        assert parcel.summary_vi and parcel.summary_en
        photos = list(parcel.photos.all())
        assert photos, parcel.code
        assert all(photo.alt_vi and photo.alt_en for photo in photos)
    for zone in Zone.objects.all():
        zone.full_clean()
        assert zone.name_vi and zone.name_en


def test_every_parcel_status_is_shown_by_the_demo(seeded_demo):
    assert set(Parcel.objects.values_list("status", flat=True)) == set(ParcelStatus.values)
    assert Parcel.objects.public().exists()


def test_seeding_land_again_changes_nothing(seeded_demo):
    before = counts()
    snapshot = list(Parcel.objects.order_by("code").values("code", "status", "area_m2", "lease_price_usd"))
    seed_land(SeedContext(homes=seeded_demo.homes))
    assert counts() == before
    assert list(Parcel.objects.order_by("code").values("code", "status", "area_m2", "lease_price_usd")) == snapshot


def test_scale_two_doubles_the_parcels_of_every_zone_with_valid_codes(seeded_demo):
    per_zone = dict(Zone.objects.annotate(n=Count("parcels")).values_list("code", "n"))
    seed_land(SeedContext(homes=seeded_demo.homes, scale=2))
    assert dict(Zone.objects.annotate(n=Count("parcels")).values_list("code", "n")) == {
        code: 2 * n for code, n in per_zone.items()
    }
    codes = list(Parcel.objects.values_list("code", flat=True))
    assert len(set(codes)) == len(codes)
    for parcel in Parcel.objects.select_related("zone"):
        parcel.full_clean()


def unit_counts():
    from land.models import Building, Unit

    return {
        "buildings": Building.objects.count(),
        "units": Unit.objects.count(),
        "public": Unit.objects.public().count(),
    }


def test_every_demo_unit_is_valid_with_prices_of_its_kind_a_photo_and_both_languages(seeded_demo):
    from land.models import OfficeIndexPage, Unit, UnitKind

    units = list(Unit.objects.select_related("building", "building__zone"))
    assert units
    assert {unit.kind for unit in units} == set(UnitKind.values)
    for unit in units:
        unit.full_clean()  # code, floor within the building, the prices its kind needs
        unit.building.full_clean()
        assert unit.summary_vi and unit.summary_en
        assert [photo for photo in unit.photos.all() if photo.alt_vi and photo.alt_en]
    assert {page.locale.language_code for page in OfficeIndexPage.objects.live()} == {"vi", "en"}


def test_seeding_offices_again_changes_nothing(seeded_demo):
    from land.demo.offices import seed_offices
    from land.models import Unit

    before = unit_counts()
    snapshot = list(Unit.objects.order_by("code").values("code", "status", "area_m2", "price_usd_m2_month"))
    seed_offices(SeedContext(homes=seeded_demo.homes))
    assert unit_counts() == before
    assert list(Unit.objects.order_by("code").values("code", "status", "area_m2", "price_usd_m2_month")) == snapshot


def test_scale_two_doubles_the_units_of_every_building_with_valid_codes(seeded_demo):
    from land.demo.offices import seed_offices
    from land.models import Building, Unit

    per_building = dict(Building.objects.annotate(n=Count("units")).values_list("code", "n"))
    seed_offices(SeedContext(homes=seeded_demo.homes, scale=2))
    assert dict(Building.objects.annotate(n=Count("units")).values_list("code", "n")) == {
        code: 2 * n for code, n in per_building.items()
    }
    for unit in Unit.objects.select_related("building"):
        unit.full_clean()
