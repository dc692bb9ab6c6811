"""The site plan (every parcel, filters honoured, accessible) and the comparison page."""

import pytest

from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parcels(land_pages):
    zone_a, zone_b = ZoneFactory(code="A"), ZoneFactory(code="B")
    made = [ParcelFactory(zone=zone_a, code=f"A-{n}", status=status) for n, status in enumerate(
        ["available", "reserved", "leased", "not_open"], start=1)]  # fmt: skip
    made.append(ParcelFactory(zone=zone_b, code="B-1", land_use="data_centre"))
    return made


def test_the_plan_links_every_parcel_with_an_accessible_name(client, parcels):
    response = client.get("/en/land/plan/")
    assert response.status_code == 200
    for parcel in parcels:
        assert f'href="/en/land/{parcel.code.lower()}/"' in response.text
    assert 'aria-label="A-2, Software &amp; R&amp;D office, 5,000 m², reserved"' in response.text
    assert response.text.count('class="plan-link"') == 5
    legend = [label for _value, label, _count in response.context["legend"]]
    assert legend == ["Available", "Reserved", "Leased", "Not yet open"]


def test_the_plan_fades_parcels_outside_the_filters(client, parcels):
    response = client.get("/en/land/plan/?zone=B")
    faded = [shape.code for shape in response.context["plan"].parcels if "faded" in shape.css_class]
    assert faded == ["A-1", "A-2", "A-3", "A-4"]
    assert "1 parcel matches your filters" in response.text


def test_the_plan_survives_bad_filters(client, parcels):
    response = client.get("/vi/quy-dat/plan/?area_min=x&status=gone")
    assert response.status_code == 200
    assert len(response.context["notices"]) == 2


def test_compare_shows_up_to_three_parcels_side_by_side(client, parcels):
    response = client.get("/en/land/compare/?codes=a-2,b-1")
    assert response.status_code == 200
    assert [parcel.code for parcel in response.context["parcels"]] == ["A-2", "B-1"]
    assert "Data centre" in response.text


def test_compare_accepts_ticked_boxes_and_limits_to_three(client, parcels):
    response = client.get("/en/land/compare/?codes=a-1&codes=a-2&codes=a-3&codes=a-4")
    assert [parcel.code for parcel in response.context["parcels"]] == ["A-1", "A-2", "A-3"]
    assert "up to 3 parcels" in " ".join(response.context["notices"])


@pytest.mark.parametrize(
    ("query", "notice"),
    [("codes=x;drop", "is not a parcel code"), ("codes=z-9", "No published parcel has the code Z-9")],
)
def test_compare_explains_bad_codes(client, parcels, query, notice):
    response = client.get(f"/en/land/compare/?{query}")
    assert response.status_code == 200
    assert [text for text in response.context["notices"] if notice in text]
    assert notice in response.text


@pytest.mark.parametrize("query", ["", "codes=", "codes=,,"])
def test_compare_without_codes_shows_no_table_and_no_complaint(client, parcels, query):
    response = client.get(f"/en/land/compare/?{query}")
    assert response.status_code == 200
    assert response.context["notices"] == []
    assert response.context["parcels"] == []
    assert '<table class="land-compare"' not in response.text


def test_parcel_links_built_in_bulk_match_the_routed_parcel_url(land_pages):
    page = land_pages["vi"]
    parcel_url = page.parcel_url_maker(page.url)
    assert parcel_url("B-7") == page.parcel_url("B-7") == page.url + "b-7/"


def test_office_buildings_are_drawn_on_the_plan_as_links_to_their_units(client, parcels, office_pages):
    from tests.factories.land import BuildingFactory, UnitFactory

    tower = BuildingFactory(code="T1", zone=parcels[0].zone)
    UnitFactory(building=tower, code="T1-101")
    UnitFactory(building=tower, code="T1-102")
    UnitFactory(building=tower, code="T1-103", status="leased")
    UnitFactory(building=tower, code="T1-104", live=False)  # a draft is not offered
    BuildingFactory(code="T9", zone=parcels[0].zone, live=False)  # an unpublished building is not drawn
    response = client.get("/en/land/plan/")
    page = response.text
    assert [building.code for building in response.context["plan"].buildings] == ["T1"]
    assert 'href="/en/offices/?building=T1"' in page and 'class="plan-link plan-link--building"' in page
    assert 'aria-label="T1, Building T1, office building, 2 units available"' in page
    assert "Office building (select it to see its units)" in page  # its own legend entry
    listing = client.get("/en/offices/?building=T1")
    assert "T1-101" in listing.text and "T1-103" in listing.text
    vietnamese = client.get("/vi/quy-dat/plan/").text
    assert 'href="/vi/van-phong/?building=T1"' in vietnamese
    assert "T1, Tòa T1, tòa nhà văn phòng, còn 2 văn phòng trống" in vietnamese
