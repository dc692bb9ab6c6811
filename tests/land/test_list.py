"""The parcel list: filters, sorts, pagination, chips, empty state and bad query strings."""

from decimal import Decimal

import pytest

from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db
URL = "/en/land/"


@pytest.fixture
def catalogue(land_pages):
    zone_a, zone_b = ZoneFactory(code="A"), ZoneFactory(code="B")
    ParcelFactory(zone=zone_a, code="A-1", area_m2=Decimal("1000"), lease_price_usd=Decimal("2.00"))
    ParcelFactory(zone=zone_a, code="A-2", area_m2=Decimal("5000"), lease_price_usd=Decimal("4.00"), status="reserved")
    ParcelFactory(
        zone=zone_a, code="A-10", area_m2=Decimal("9000"), land_use="data_centre", lease_price_usd=Decimal("3")
    )
    ParcelFactory(zone=zone_b, code="B-1", area_m2=Decimal("3000"), land_use="expert_housing", status="leased")
    ParcelFactory(zone=zone_b, code="B-2", area_m2=Decimal("7000"), lease_price_usd=Decimal("1.50"), status="not_open")
    ParcelFactory(zone=zone_b, code="B-3", live=False)


def codes(response):
    return [parcel.code for parcel in response.context["parcels"]]


def test_the_list_shows_every_published_parcel_in_code_order(client, catalogue):
    response = client.get(URL)
    assert response.status_code == 200
    assert codes(response) == ["A-1", "A-2", "A-10", "B-1", "B-2"]
    assert "5 parcels found" in response.text
    assert 'href="/en/land/a-10/"' in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zone=B", ["B-1", "B-2"]),
        ("land_use=data_centre", ["A-10"]),
        ("land_use=data_centre&land_use=expert_housing", ["A-10", "B-1"]),
        ("status=available", ["A-1", "A-10"]),
        ("status=reserved&status=leased", ["A-2", "B-1"]),
        ("area_min=3000", ["A-2", "A-10", "B-1", "B-2"]),
        ("area_max=3000", ["A-1", "B-1"]),
        ("area_min=2000&area_max=7000", ["A-2", "B-1", "B-2"]),
        ("price_max=2", ["A-1", "B-2"]),
        ("zone=A&status=available&price_max=2.5", ["A-1"]),
        ("zone=B&area_min=5000&price_max=3", ["B-2"]),
    ],
)
def test_each_filter_and_combinations_narrow_the_list(client, catalogue, query, expected):
    assert codes(client.get(f"{URL}?{query}")) == expected


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("code", ["A-1", "A-2", "A-10", "B-1", "B-2"]),
        ("area", ["A-1", "B-1", "A-2", "B-2", "A-10"]),
        ("-area", ["A-10", "B-2", "A-2", "B-1", "A-1"]),
        ("price", ["B-2", "A-1", "A-10", "B-1", "A-2"]),
        ("-price", ["A-2", "A-10", "B-1", "A-1", "B-2"]),
    ],
)
def test_sorts_order_the_list(client, catalogue, sort, expected):
    assert codes(client.get(f"{URL}?sort={sort}")) == expected


def test_active_filters_show_as_chips_that_remove_one_value(client, catalogue):
    response = client.get(f"{URL}?status=available&status=reserved&area_min=1000&page=1")
    chips = {chip["label"]: chip["remove_url"] for chip in response.context["chips"]}
    assert chips["Status: Available"] == "?status=reserved&area_min=1000"
    assert chips["Minimum area (m²): 1,000"] == "?status=available&status=reserved"
    assert "(remove this filter)" in response.text


def test_no_match_shows_a_helpful_empty_state(client, catalogue):
    response = client.get(f"{URL}?zone=A&land_use=expert_housing")
    assert response.status_code == 200
    assert "No parcel matches these filters" in response.text
    assert "0 parcels found" in response.text


def test_pages_hold_24_parcels_and_keep_the_filters(client, land_pages):
    zone = ZoneFactory(code="C")
    for number in range(1, 51):
        ParcelFactory(zone=zone, code=f"C-{number}")
    first = client.get(f"{URL}?zone=C")
    assert len(codes(first)) == 24
    assert "zone=C&amp;page=2" in first.text
    last = client.get(f"{URL}?zone=C&page=3")
    assert codes(last) == ["C-49", "C-50"]
    assert not last.context["notices"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("area_min=abc", "Minimum area (m²): Enter a number."),
        ("price_max=ten", "Maximum price (USD/m²/year): Enter a number."),
        ("area_max=1e400", "Maximum area (m²):"),
        ("area_min=99999999999999999999999999", "Minimum area (m²):"),
        ("area_min=-5", "Minimum area (m²): Ensure this value is greater than or equal to 0."),
        ("price_max=NaN", "Maximum price (USD/m²/year): Enter a number."),
        ("price_max=Infinity", "Maximum price (USD/m²/year): Enter a number."),
        ("zone=Q", "Zone: Select a valid choice."),
        ("status=sold", "Status: Select a valid choice."),
        ("land_use=%00", "Land use: Select a valid choice."),
        ("sort=drop%20table", "Sort by: Select a valid choice."),
        ("area_min=9000&area_max=1000", "we swapped them"),
        ("page=abc", "is not a page number"),
        ("page=0", "Pages start at 1"),
        ("page=-3", "Pages start at 1"),
        ("page=999999999999999999999", "There are only 1 pages"),
    ],
)
def test_bad_query_strings_give_the_page_with_a_clear_message(client, catalogue, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    notices = " ".join(response.context["notices"])
    assert message in notices
    assert notices in response.text or message in response.text.replace("&quot;", '"').replace("&#x27;", "'")
    assert len(codes(response)) >= 1


def test_an_inverted_area_range_is_swapped(client, catalogue):
    assert codes(client.get(f"{URL}?area_min=7000&area_max=2000")) == ["A-2", "B-1", "B-2"]


def test_an_invalid_filter_is_ignored_while_valid_ones_apply(client, catalogue):
    assert codes(client.get(f"{URL}?zone=B&area_min=lots")) == ["B-1", "B-2"]


def test_the_vietnamese_list_is_translated(client, catalogue):
    response = client.get("/vi/quy-dat/?area_min=abc")
    assert response.status_code == 200
    assert "Tìm lô đất" in response.text
    assert "Diện tích tối thiểu" in " ".join(response.context["notices"])
    assert 'href="/vi/quy-dat/a-1/"' in response.text


def test_export_links_keep_the_filters(client, catalogue):
    response = client.get(f"{URL}?zone=A&page=2")
    assert "/en/land/parcels.geojson?zone=A" in response.text
    assert "/en/land/parcels.csv?zone=A" in response.text
