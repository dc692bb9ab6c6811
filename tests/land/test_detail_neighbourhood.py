"""The parcel page's small plan shows the parcel's neighbourhood, not its whole zone."""

import pytest

from land import geometry
from land.views.detail import NEIGHBOURHOOD_M
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


def test_the_small_plan_draws_nearby_parcels_and_leaves_out_far_ones(client, land_pages):
    zone = ZoneFactory(code="A", outline=geometry.rectangle(0, 0, 3000, 3000))
    ParcelFactory(zone=zone, code="A-1", plan_polygon=geometry.rectangle(100, 100, 40, 40))
    ParcelFactory(zone=zone, code="A-2", plan_polygon=geometry.rectangle(160, 100, 40, 40))
    far = 100 + 2 * NEIGHBOURHOOD_M
    ParcelFactory(zone=zone, code="A-3", plan_polygon=geometry.rectangle(far, far, 40, 40))

    plan = client.get("/en/land/a-1/").context["plan"]
    drawn = {shape.code for shape in plan.parcels}
    assert drawn == {"A-1", "A-2"}


def test_a_parcel_remembers_its_centre_when_its_outline_changes():
    parcel = ParcelFactory(zone=ZoneFactory(code="A"), code="A-1", plan_polygon=geometry.rectangle(0, 0, 20, 40))
    assert (parcel.centre_x, parcel.centre_y) == (10, 20)
    parcel.plan_polygon = geometry.rectangle(100, 0, 20, 20)
    parcel.save()
    parcel.refresh_from_db()
    assert (parcel.centre_x, parcel.centre_y) == (110, 10)
