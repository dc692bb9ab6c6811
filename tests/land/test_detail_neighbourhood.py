"""The parcel page's small plan shows the parcel's neighbourhood, not its whole zone."""

import pytest

from land import geometry
from land.views.detail import NEIGHBOURHOOD_M, NEIGHBOURHOOD_MAX
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


def test_a_densely_divided_zone_draws_only_the_nearest_parcels_and_lists_the_closest_as_neighbours(client, land_pages):
    zone = ZoneFactory(code="A", outline=geometry.rectangle(0, 0, 3000, 3000))
    # A row of small parcels 5 m apart, all within the neighbourhood radius of A-1.
    for number in range(1, NEIGHBOURHOOD_MAX + 11):
        ParcelFactory(zone=zone, code=f"A-{number}", plan_polygon=geometry.rectangle(5 * number, 100, 4, 4))

    response = client.get("/en/land/a-1/")
    drawn = [shape.code for shape in response.context["plan"].parcels]
    assert drawn == [f"A-{number}" for number in range(1, NEIGHBOURHOOD_MAX + 1)]
    assert [other.code for other in response.context["neighbours"]] == ["A-2", "A-3", "A-4", "A-5"]
