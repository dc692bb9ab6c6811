"""Parcel and zone validation: what an editor is told when a record is wrong."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from land import geometry
from land.models import ParcelStatus
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


def errors_of(instance, language="en"):
    """The validation messages an editor working in `language` would read."""
    with translation.override(language), pytest.raises(ValidationError) as caught:
        instance.full_clean()
    with translation.override(language):
        return {field: [str(message) for message in messages] for field, messages in caught.value.message_dict.items()}


def test_a_valid_parcel_passes_validation_and_gets_its_wgs84_outline():
    parcel = ParcelFactory.build(zone=ZoneFactory(code="A"), code="a-12", geo_polygon=[])
    parcel.full_clean()
    assert parcel.code == "A-12"
    assert parcel.geo_polygon[0] == parcel.geo_polygon[-1]
    lon, lat = parcel.geo_polygon[0]
    assert 108.3 < lon < 108.6 and 11.8 < lat < 12.1


@pytest.mark.parametrize("code", ["A12", "A-0", "A-12345", "ABC-1", "1-A", "A-1x"])
def test_badly_formed_codes_are_refused(code):
    parcel = ParcelFactory.build(zone=ZoneFactory(code="A"), code=code)
    assert "code" in errors_of(parcel)


def test_a_code_must_start_with_its_zone_code():
    parcel = ParcelFactory.build(zone=ZoneFactory(code="B"), code="A-3")
    assert "zone's code" in errors_of(parcel)["code"][0]
    assert "phải bắt đầu bằng mã phân khu" in errors_of(parcel, language="vi")["code"][0]


@pytest.mark.parametrize("field", ["area_m2", "lease_price_usd"])
@pytest.mark.parametrize("value", [Decimal("0"), Decimal("-5")])
def test_areas_and_prices_must_be_positive(field, value):
    parcel = ParcelFactory.build(zone=ZoneFactory(code="A"), code="A-1", **{field: value})
    assert field in errors_of(parcel)


def test_an_open_outline_is_refused():
    parcel = ParcelFactory.build(zone=ZoneFactory(code="A"), code="A-1", plan_polygon=[[0, 0], [10, 0], [10, 10]])
    assert "plan_polygon" in errors_of(parcel)


def test_an_outline_of_text_is_refused():
    parcel = ParcelFactory.build(zone=ZoneFactory(code="A"), code="A-1", plan_polygon=[["a", "b"]] * 4)
    assert "plan_polygon" in errors_of(parcel)


def test_an_outline_outside_its_zone_is_refused():
    zone = ZoneFactory(code="A", outline=geometry.rectangle(0, 0, 100, 100))
    parcel = ParcelFactory.build(zone=zone, code="A-1", plan_polygon=geometry.rectangle(90, 90, 20, 20))
    assert "inside zone A" in errors_of(parcel)["plan_polygon"][0]


def test_a_wgs84_outline_with_impossible_coordinates_is_refused():
    ring = [[200, 11.9], [200.1, 11.9], [200.1, 12], [200, 11.9]]
    parcel = ParcelFactory.build(zone=ZoneFactory(code="A"), code="A-1", geo_polygon=ring)
    assert "geo_polygon" in errors_of(parcel)


def test_a_zone_needs_a_closed_outline_and_a_letter_code():
    zone = ZoneFactory.build(code="A1", outline=[[0, 0], [1, 1]])
    errors = errors_of(zone)
    assert "code" in errors and "outline" in errors


def test_publishing_an_old_draft_keeps_the_logged_status():
    parcel = ParcelFactory()
    revision = parcel.save_revision()
    parcel.status = ParcelStatus.LEASED
    parcel.save(update_fields=["status"])
    revision.publish()
    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.LEASED


def test_parcel_codes_sort_naturally():
    zone = ZoneFactory(code="A")
    for code in ["A-10", "A-2", "A-1"]:
        ParcelFactory(zone=zone, code=code)
    from land.models import Parcel

    assert list(Parcel.objects.in_code_order().values_list("code", flat=True)) == ["A-1", "A-2", "A-10"]
