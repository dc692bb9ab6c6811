"""Open data: GeoJSON structure and coordinate order, CSV encoding and formula neutralisation."""

import csv
import io
import json

import pytest

from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parcels(land_pages):
    zone = ZoneFactory(code="A")
    ParcelFactory(zone=zone, code="A-1", summary_en='=HYPERLINK("http://evil")')
    ParcelFactory(zone=zone, code="A-2", status="leased", summary_en="+1 sunny", summary_vi="@chú ý")
    ParcelFactory(zone=zone, code="A-3", live=False)
    ParcelFactory(zone=zone, code="A-4", status="not_open").save_revision().publish()


def test_geojson_is_a_feature_collection_in_lon_lat_order(client, parcels):
    response = client.get("/en/land/parcels.geojson")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert [feature["id"] for feature in data["features"]] == ["A-1", "A-2", "A-4"]
    feature = data["features"][0]
    assert feature["geometry"]["type"] == "Polygon"
    ring = feature["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1]
    lon, lat = ring[0]
    assert 108 < lon < 109 and 11 < lat < 13  # Đà Lạt: longitude first
    assert feature["properties"]["url"] == "http://testserver/en/land/a-1/"
    assert data["metadata"]["licence"] == "CC BY 4.0"
    assert data["metadata"]["last_updated"]


def test_geojson_honours_the_list_filters(client, parcels):
    data = json.loads(client.get("/en/land/parcels.geojson?status=leased").content)
    assert [feature["id"] for feature in data["features"]] == ["A-2"]


def test_csv_has_a_bom_and_neutralises_formulas(client, parcels):
    response = client.get("/en/land/parcels.csv")
    assert response.status_code == 200
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, first, second, _third = rows
    summary = header.index("summary")
    assert first[summary] == '\'=HYPERLINK("http://evil")'
    assert second[summary] == "'+1 sunny"
    assert first[header.index("lease_price_usd_per_m2_year")] == "3.00"
    assert 'rel="license"' in response["Link"]


def test_csv_in_vietnamese_and_filtered(client, parcels):
    rows = list(
        csv.reader(io.StringIO(client.get("/vi/quy-dat/parcels.csv?status=leased").content.decode("utf-8-sig")))
    )
    assert len(rows) == 2
    assert rows[1][rows[0].index("summary")] == "'@chú ý"
    assert rows[1][rows[0].index("url")] == "http://testserver/vi/quy-dat/a-2/"


def test_exports_survive_bad_filters(client, parcels):
    assert client.get("/en/land/parcels.csv?area_min=abc&zone=%00").status_code == 200
    assert client.get("/en/land/parcels.geojson?price_max=1e999").status_code == 200
