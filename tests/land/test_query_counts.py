"""The list, detail, plan and exports run the same number of SQL queries for 10 or 200 parcels."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db
PATHS = [
    "/en/land/",
    "/en/land/?zone=A&status=available&area_min=1&sort=-price",
    "/en/land/plan/",
    "/en/land/a-1/",
    "/en/land/parcels.geojson",
    "/en/land/parcels.csv",
    "/en/land/compare/?codes=a-1,a-2,a-3",
]


def queries_for(client, path):
    client.get(path)  # warm caches (site root, settings, renditions)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def grow_to(total):
    zone = ZoneFactory(code="A")
    from land.models import Parcel

    for number in range(Parcel.objects.count() + 1, total + 1):
        ParcelFactory(zone=zone, code=f"A-{number}")


def test_query_counts_do_not_grow_with_the_number_of_parcels(client, land_pages):
    grow_to(10)
    small = {path: queries_for(client, path) for path in PATHS}
    grow_to(200)
    large = {path: queries_for(client, path) for path in PATHS}
    assert large == small


UNIT_PATHS = [
    "/en/offices/",
    "/en/offices/?kind=office&available_by=2027-01-01&area_min=1&sort=-area",
    "/en/offices/t1-1/",
    "/en/offices/units.geojson",
    "/en/offices/units.csv",
]


def grow_units_to(total):
    from land.models import Unit
    from tests.factories.land import BuildingFactory, UnitFactory

    building = BuildingFactory(code="T1")
    for number in range(Unit.objects.count() + 1, total + 1):
        UnitFactory(building=building, code=f"T1-{number}")


def test_query_counts_do_not_grow_with_the_number_of_office_units(client, office_pages):
    grow_units_to(10)
    small = {path: queries_for(client, path) for path in UNIT_PATHS}
    grow_units_to(200)
    large = {path: queries_for(client, path) for path in UNIT_PATHS}
    assert large == small
