"""Office space: the unit list with its filters, the unit page with its yearly cost, open data, the
rules a unit must follow, and the parcel page's yearly cost table."""

import csv
import datetime
import io
import json
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from land.models import OccupancyCosts, UnitKind
from tests.factories.land import BuildingFactory, ParcelFactory, UnitFactory, ZoneFactory

pytestmark = pytest.mark.django_db
URL = "/en/offices/"


@pytest.fixture
def units(office_pages):
    tower = BuildingFactory(code="T1")
    hub = BuildingFactory(code="I1", plan_polygon=[[100, 100], [140, 100], [140, 130], [100, 130], [100, 100]])
    return {
        "office": UnitFactory(building=tower, code="T1-201", floor=2, area_m2=Decimal("100")),
        "large": UnitFactory(
            building=tower, code="T1-501", floor=5, area_m2=Decimal("400"), price_usd_m2_month=Decimal("8.50"),
            available_from=datetime.date(2027, 6, 1), fit_out="shell",
        ),
        "desks": UnitFactory(building=hub, code="I1-101", floor=1, kind=UnitKind.COWORKING, area_m2=Decimal("250")),
        "draft": UnitFactory(building=tower, code="T1-301", floor=3, live=False),
    }  # fmt: skip


def codes(response):
    return [unit.code for unit in response.context["units"]]


def test_the_office_list_shows_every_published_unit_and_desk_in_both_languages(client, units):
    response = client.get(URL)
    assert response.status_code == 200
    assert codes(response) == ["I1-101", "T1-201", "T1-501"]
    assert "3 office spaces found" in response.text
    assert 'href="/en/offices/t1-201/"' in response.text
    vietnamese = client.get("/vi/van-phong/")
    assert vietnamese.status_code == 200
    assert "Tìm không gian văn phòng" in vietnamese.text
    assert 'href="/vi/van-phong/t1-201/"' in vietnamese.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "office"}, ["T1-201", "T1-501"]),
        ({"kind": "coworking"}, ["I1-101"]),
        ({"building": "I1"}, ["I1-101"]),
        ({"area_min": "200"}, ["I1-101", "T1-501"]),
        ({"price_max": "9"}, ["T1-501"]),
        ({"available_by": "2027-01-01"}, ["I1-101", "T1-201"]),
        ({"fit_out": "shell"}, ["T1-501"]),
        ({"sort": "-area"}, ["T1-501", "I1-101", "T1-201"]),
    ],
)
def test_the_office_filters_narrow_the_list(client, units, query, expected):
    assert codes(client.get(URL, query)) == expected


def test_bad_office_filters_are_explained_and_ignored_not_refused(client, units):
    response = client.get(URL, {"available_by": "someday", "area_min": "500", "area_max": "50"})
    assert response.status_code == 200
    assert "Available by: Enter a valid date. This filter was ignored." in response.text
    assert "we swapped them: 50–500 m²" in response.text
    assert codes(response) == ["I1-101", "T1-201", "T1-501"]


def test_a_unit_page_shows_the_yearly_cost_of_rent_service_charge_and_utilities(client, units):
    response = client.get("/en/offices/t1-201/")
    assert response.status_code == 200
    yearly = response.context["yearly"]
    costs = OccupancyCosts.load()
    rate = response.context["currency"].usd_to_vnd
    lines = {line.label: line for line in yearly.lines}
    assert lines["Office rent"].usd == Decimal("12000.00")  # 100 m² × 10 USD × 12
    assert lines["Service charge"].usd == Decimal("2400.00")  # 100 m² × 2 USD × 12
    electricity_vnd = Decimal("100") * costs.office_kwh_m2_month * 12 * costs.electricity_vnd_kwh
    assert lines["Electricity (estimate)"].vnd == electricity_vnd.quantize(Decimal("1"))
    assert lines["Internet"].vnd == costs.internet_vnd_month * 12
    assert yearly.total_usd == sum(line.usd for line in yearly.lines)
    assert yearly.deposit_usd == Decimal("3600.00")  # 3 months of rent and service charge
    assert lines["Office rent"].vnd == (Decimal("12000") * rate).quantize(Decimal("1"))
    assert "Yearly cost of this unit" in response.text
    assert "12,000" in response.text and "Deposit (once, refundable)" in response.text


def test_a_desk_page_prices_one_desk_with_utilities_included(client, units):
    response = client.get("/en/offices/i1-101/")
    yearly = response.context["yearly"]
    assert yearly.total_usd == Decimal("960.00")  # 80 USD × 12
    assert [line.label for line in yearly.lines if line.included] == ["Electricity", "Water", "Internet"]
    assert "Yearly cost of one desk" in response.text


def test_the_tariffs_staff_set_change_the_yearly_cost_and_show_their_source(client, units):
    costs = OccupancyCosts.load()
    costs.electricity_vnd_kwh = Decimal("4000")
    costs.electricity_source = "EVN tariff checked by the land office"
    costs.save()
    response = client.get("/en/offices/t1-201/")
    lines = {line.label: line for line in response.context["yearly"].lines}
    assert lines["Electricity (estimate)"].vnd == Decimal("100") * costs.office_kwh_m2_month * 12 * 4000
    assert "EVN tariff checked by the land office" in response.text


def test_unpublished_and_unknown_units_are_not_found_and_codes_redirect_to_lower_case(client, units):
    assert client.get("/en/offices/t1-301/").status_code == 404
    assert client.get("/en/offices/t9-101/").status_code == 404
    response = client.get("/en/offices/T1-201/")
    assert response.status_code == 301 and response["Location"] == "/en/offices/t1-201/"


def test_a_parcel_page_shows_its_yearly_cost_with_the_infrastructure_fee_and_deposit(client, land_pages):
    ParcelFactory(zone=ZoneFactory(code="A"), code="A-1", area_m2=Decimal("5000"), lease_price_usd=Decimal("3.00"))
    costs = OccupancyCosts.load()
    costs.infrastructure_fee_usd_m2_year = Decimal("0.40")
    costs.parcel_deposit_months = 6
    costs.save()
    response = client.get("/en/land/a-1/")
    yearly = response.context["yearly"]
    lines = {line.label: line.usd for line in yearly.lines}
    assert lines == {"Land rent": Decimal("15000.00"), "Infrastructure and management fee": Decimal("2000.00")}
    assert yearly.total_usd == Decimal("17000.00")
    assert yearly.deposit_usd == Decimal("7500.00")
    assert yearly.metered
    assert "Yearly cost of this parcel" in response.text
    assert "utilities billed on metered use, not included" in response.text
    vietnamese = client.get("/vi/quy-dat/a-1/")
    assert "Chi phí hằng năm của lô đất" in vietnamese.text


def test_the_units_open_data_follows_the_filters(client, units):
    response = client.get("/en/offices/units.geojson", {"kind": "office"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    collection = json.loads(response.content)
    assert [feature["id"] for feature in collection["features"]] == ["T1-201", "T1-501"]
    feature = collection["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert 108 < lon < 109 and 11 < lat < 12.5  # near Đà Lạt
    assert feature["properties"]["yearly_cost_usd"] > 14400
    assert feature["properties"]["url"].endswith("/en/offices/t1-201/")
    csv_response = client.get("/en/offices/units.csv", {"building": "I1"})
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "code" and [row[0] for row in rows[1:]] == ["I1-101"]


def test_a_unit_must_carry_the_prices_of_its_kind_its_building_code_and_a_floor_that_exists(units):
    tower = units["office"].building
    unit = UnitFactory.build(building=tower, code="I1-999", floor=12, price_usd_m2_month=None)
    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert set(error.value.message_dict) == {"code", "floor", "price_usd_m2_month"}
    desks = UnitFactory.build(building=tower, code="T1-102", kind=UnitKind.INCUBATOR)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            desks.full_clean()
        assert error.value.message_dict["desks_available"] == ["Required for this kind of unit."]


def test_office_units_are_found_by_site_search_in_both_languages(client, units, settings):
    from search.indexing import rebuild_database

    settings.ELASTICSEARCH_URL = ""
    rebuild_database(log=lambda message: None)
    code = client.get("/en/search/", {"q": "T1-201"})
    assert code.status_code == 302 and code["Location"] == "/en/offices/t1-201/"  # a unit code goes straight to it
    english = client.get("/en/search/", {"q": "office"})
    urls = [hit.url for hit in english.context["results"].hits]
    assert "/en/offices/t1-201/" in urls and "/en/offices/i1-101/" in urls
    assert not any("t1-301" in url for url in urls)  # a draft stays out
    vietnamese = client.get("/vi/search/", {"q": "làm việc chung"})
    assert any(hit.url == "/vi/van-phong/i1-101/" for hit in vietnamese.context["results"].hits)


def test_a_land_officer_manages_units_and_the_costs_in_the_admin_and_an_editor_cannot_edit_costs(
    client, units, land_officer, editor
):
    from tests.factories.accounts import sign_in_staff

    sign_in_staff(client, land_officer)
    unit = units["office"]
    listing = client.get("/admin/snippets/land/unit/")
    assert listing.status_code == 200 and "T1-201" in listing.text
    assert client.get(f"/admin/snippets/land/unit/edit/{unit.pk}/").status_code == 200
    assert client.get("/admin/settings/land/occupancycosts/", follow=True).status_code == 200
    client.logout()
    sign_in_staff(client, editor)
    refused = client.get("/admin/settings/land/occupancycosts/", follow=True)
    assert 'name="electricity_vnd_kwh"' not in refused.content.decode()  # sent away without the form
