"""Query strings no form can produce (hundreds of repeated filter values, a long list of parcel codes) are
refused at once with a short, translated 400 page, on the list, the plan, the comparison and the open data."""

from urllib.parse import urlencode

import pytest

from land.demo.seeding import seed_pages
from land.filters import MAX_VALUES_PER_FILTER
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db

LAND = {"en": "/en/land/", "vi": "/vi/quy-dat/"}
ROUTES = ["", "plan/", "parcels.geojson", "parcels.csv"]


@pytest.fixture
def parcels(site_tree):
    seed_pages(site_tree)
    zone = ZoneFactory(code="A")
    return [ParcelFactory(zone=zone, code=f"A-{number}") for number in range(1, 5)]


def repeated(name, count, value="A"):
    return urlencode([(name, value)] * count)


@pytest.mark.parametrize("route", ROUTES)
def test_hundreds_of_repeated_filter_values_are_refused_with_a_short_explanation(client, parcels, route):
    response = client.get(f"{LAND['en']}{route}?{repeated('zone', 500)}")
    assert response.status_code == 400
    text = response.content.decode()
    assert "The filter “Zone” was given 500 values, but at most 20 can be chosen at once." in text
    assert len(response.content) < 60_000
    assert 'href="/en/land/"' in text  # a way back to the list


@pytest.mark.parametrize("name", ["land_use", "status"])
def test_every_multi_value_filter_is_capped(client, parcels, name):
    assert client.get(f"{LAND['en']}?{repeated(name, 300, 'leased')}").status_code == 400


def test_the_refusal_speaks_the_visitors_language(client, parcels):
    response = client.get(f"{LAND['vi']}?{repeated('status', 100, 'available')}")
    assert response.status_code == 400
    text = response.content.decode()
    assert "nhận 100 giá trị, nhưng mỗi lần chỉ được chọn tối đa 20" in text
    assert "Yêu cầu quá lớn" in text
    assert "can be chosen at once" not in text


@pytest.mark.parametrize("route", ROUTES)
def test_a_full_set_of_ticked_values_still_works(client, parcels, route):
    response = client.get(f"{LAND['en']}{route}?{repeated('zone', MAX_VALUES_PER_FILTER)}")
    assert response.status_code == 200


def test_comparing_many_bad_codes_answers_a_short_400(client, parcels):
    codes = ",".join(f"q{number}" for number in range(600))  # fits in a server's 4 KB request line
    response = client.get(f"{LAND['en']}compare/", {"codes": codes})
    assert response.status_code == 400
    assert len(response.content) < 40_000  # the page itself, not one notice per code
    assert "You asked to compare 600 parcels. Tick up to 3 parcels in the list and try again." in (
        response.content.decode()
    )


def test_comparing_seven_codes_is_refused_in_vietnamese_too(client, parcels):
    codes = "a-1,a-2,a-3,a-4,b-1,b-2,b-3"
    response = client.get(f"{LAND['vi']}compare/", {"codes": codes})
    assert response.status_code == 400
    assert "Bạn yêu cầu so sánh 7 lô. Hãy đánh dấu tối đa 3 lô" in response.content.decode()


def test_a_few_extra_ticked_parcels_still_compare_the_first_three(client, parcels):
    response = client.get(
        f"{LAND['en']}compare/?{urlencode([('codes', code) for code in ['a-1', 'a-2', 'a-3', 'a-4']])}"
    )
    assert response.status_code == 200
    assert [parcel.code for parcel in response.context["parcels"]] == ["A-1", "A-2", "A-3"]
