"""The demo seed: plausible zones and parcels in every status, repeatable without changes."""

import pytest

from core.seeding import SeedContext
from land.demo.seeding import seed_land
from land.models import Parcel, ParcelStatus, Zone

pytestmark = pytest.mark.django_db


def test_seeding_twice_gives_the_same_five_zones_and_65_parcels(site_tree):
    context = SeedContext(homes=site_tree)
    seed_land(context)
    seed_land(context)
    assert Zone.objects.count() == 5
    assert Parcel.objects.public().count() == 65
    assert set(Parcel.objects.values_list("status", flat=True)) == set(ParcelStatus.values)
    for parcel in Parcel.objects.select_related("zone")[:65]:
        parcel.full_clean()  # codes, outlines inside zones, positive numbers
        assert parcel.photos.count() == 1


def test_scale_multiplies_parcels_with_unique_valid_codes(site_tree):
    seed_land(SeedContext(homes=site_tree, scale=2))
    assert Parcel.objects.count() == 130
    assert Parcel.objects.filter(code="E-26").exists()
