"""An office unit's yearly cost set beside a parcel's: the unit page's form, the comparison page taking
office units as well as parcels, and its notices about bad or missing unit codes."""

from decimal import Decimal

import pytest

from land.costs import CostCalculator
from tests.factories.land import BuildingFactory, ParcelFactory, UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def premises(land_pages, office_pages):
    tower = BuildingFactory(code="T1")
    return {
        "parcel": ParcelFactory(code="A-1"),
        "leased_parcel": ParcelFactory(code="A-2", status="leased"),
        "unit": UnitFactory(building=tower, code="T1-201", area_m2=Decimal("100")),
        "draft": UnitFactory(building=tower, code="T1-301", live=False),
    }


def _columns(response):
    return [(item.code, item.yearly.total_usd) for item in response.context["premises"]]


def test_the_comparison_sets_a_units_yearly_cost_beside_a_parcels(client, premises):
    response = client.get("/en/land/compare/?codes=a-1&units=t1-201")
    assert response.status_code == 200
    calculator = CostCalculator()
    parcel_total = calculator.for_parcel(premises["parcel"]).total_usd
    unit_total = calculator.for_unit(premises["unit"]).total_usd
    assert _columns(response) == [("A-1", parcel_total), ("T1-201", unit_total)]
    assert "Compare parcels and office space" in response.text
    assert "Yearly cost side by side" in response.text
    assert 'href="/en/offices/t1-201/"' in response.text and 'href="/en/land/a-1/"' in response.text
    assert "Land rent, Infrastructure and management fee" in response.text  # what the parcel's total adds up
    assert "Office rent, Service charge, Electricity (estimate)" in response.text


def test_the_comparison_in_vietnamese_links_the_vietnamese_unit_page(client, premises):
    response = client.get("/vi/quy-dat/compare/?codes=a-1&units=t1-201")
    assert response.status_code == 200
    assert 'href="/vi/van-phong/t1-201/"' in response.text
    assert "So sánh lô đất và văn phòng" in response.text


def test_a_unit_alone_is_compared_on_its_yearly_cost_without_the_parcel_table(client, premises):
    response = client.get("/en/land/compare/?units=t1-201")
    assert [code for code, _total in _columns(response)] == ["T1-201"]
    assert response.context["parcels"] == []
    assert "Choose parcels to compare" not in response.text


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("units=x;drop", "is not an office unit code such as T1-301"),
        ("units=t1-999", "No published office unit has the code T1-999"),
        ("units=t1-301", "No published office unit has the code T1-301"),  # a draft is not shown
        ("units=t1-201,t1-202,t1-203,t1-204", "You can compare up to 3 office units"),
    ],
)
def test_the_comparison_explains_bad_or_unpublished_unit_codes(client, premises, query, notice):
    response = client.get(f"/en/land/compare/?{query}")
    assert response.status_code == 200
    assert notice in response.text


def test_asking_to_compare_a_flood_of_units_is_refused_with_an_explanation(client, premises):
    units = ",".join(f"t1-{number}" for number in range(201, 210))
    response = client.get(f"/en/land/compare/?units={units}")
    assert response.status_code == 400
    assert "You asked to compare 9 office units" in response.text


def test_the_unit_page_offers_to_compare_its_yearly_cost_with_an_available_parcel(client, premises):
    response = client.get("/en/offices/t1-201/")
    assert response.status_code == 200
    assert response.context["compare_url"] == "/en/land/compare/"
    assert [code for code, _label in response.context["compare_parcels"]] == ["A-1"]  # available ones only
    assert '<form method="get" action="/en/land/compare/"' in response.text
    assert '<input type="hidden" name="units" value="t1-201">' in response.text
    assert '<option value="a-1">' in response.text
    assert "Compare yearly costs" in client.get("/en/offices/t1-201/").text
    assert "So sánh chi phí hằng năm" in client.get("/vi/van-phong/t1-201/").text
