"""Land and training metrics against hand-computed fixtures, and their empty state."""

import datetime
from decimal import Decimal

from django.utils import timezone

import pytest

from land.models import ParcelStatusChange
from tests.factories.land import ParcelFactory, ZoneFactory
from tests.factories.training import CohortFactory, RegistrationFactory, programme
from training.models import Certificate
from transparency import registry

from .conftest import local

pytestmark = pytest.mark.django_db


def measure(key):
    return registry.get(key).compute()


def series(key):
    return [(point.period, point.value) for point in registry.get(key).series()]


def test_land_metrics_are_empty_without_parcels():
    assert measure("land.occupancy").value is None
    assert measure("land.occupied_area").value is None
    assert series("land.occupancy") == []


@pytest.fixture
def two_zones():
    """Zone A: 1,000 m² leased, 500 reserved, 2,500 available; zone B: 2,000 not yet open; one draft parcel."""
    zone_a, zone_b = ZoneFactory(code="A"), ZoneFactory(code="B")
    leased = ParcelFactory(zone=zone_a, status="leased", area_m2=Decimal("1000"))
    reserved = ParcelFactory(zone=zone_a, status="reserved", area_m2=Decimal("500"))
    ParcelFactory(zone=zone_a, status="available", area_m2=Decimal("2500"))
    ParcelFactory(zone=zone_b, status="not_open", area_m2=Decimal("2000"))
    ParcelFactory(zone=zone_b, status="leased", area_m2=Decimal("9000"), live=False)
    log = [
        (leased, "available", "reserved", 2024),
        (leased, "reserved", "leased", 2025),  # already in use: not counted again
        (reserved, "available", "reserved", 2025),
    ]
    for parcel, old, new, year in log:
        change = ParcelStatusChange.objects.create(
            parcel=parcel, parcel_code=parcel.code, from_status=old, to_status=new, reason="Test"
        )
        ParcelStatusChange.objects.filter(pk=change.pk).update(created_at=local(year, 5, 5))
    return zone_a, zone_b


def test_occupancy_counts_leased_and_reserved_area_of_published_parcels_by_zone(two_zones):
    result = measure("land.occupancy")
    assert result.value == Decimal("25.0")  # 1,500 of 6,000 m²
    rows = {row.label: row.values for row in result.rows}
    assert rows["Zone A"] == {
        "leased": Decimal("1000.0"),
        "reserved": Decimal("500.0"),
        "total": Decimal("4000.0"),
        "share": Decimal("37.5"),
    }
    assert rows["Zone B"]["share"] == Decimal("0.0")


def test_land_put_to_use_is_the_occupied_area_with_a_yearly_trend_from_the_status_log(two_zones):
    assert measure("land.occupied_area").value == Decimal("1500.0")
    assert series("land.occupied_area") == [("2024", Decimal("1000.0")), ("2025", Decimal("500.0"))]


def test_training_metrics_are_zero_without_registrations():
    for key in ("registered", "completed", "certified", "certificates"):
        assert measure(f"training.{key}").value == 0
        assert series(f"training.{key}") == []


@pytest.fixture
def two_programmes(site_tree):
    """2025 cohort of Web: 2 completed (one certified, one certificate revoked), 1 no-show, 1 cancelled,
    1 waitlisted. 2026 cohort of Data: 2 confirmed."""
    web_vi, _web_en = programme(site_tree, title_en="Web development", title_vi="Phát triển web")
    data_vi, _data_en = programme(site_tree, title_en="Data engineering", title_vi="Kỹ thuật dữ liệu")
    web = CohortFactory(programme_key=web_vi.translation_key, starts_on=datetime.date(2025, 3, 1))
    data = CohortFactory(programme_key=data_vi.translation_key, starts_on=datetime.date(2026, 3, 1))
    for status in ("completed", "completed", "no_show", "cancelled", "waitlisted"):
        RegistrationFactory(cohort=web, status=status)
    RegistrationFactory.create_batch(2, cohort=data, status="confirmed")
    completed = list(web.registrations.filter(status="completed"))
    for index, registration in enumerate(completed):
        Certificate.objects.create(
            registration=registration,
            code=f"CODE{index}",
            holder_name="Học viên",
            issued_at=timezone.now(),
            revoked_at=timezone.now() if index else None,
        )


def test_trainees_registered_completed_and_certified_per_year_and_programme(two_programmes):
    assert [measure(f"training.{key}").value for key in ("registered", "completed", "certified")] == [5, 2, 1]
    assert series("training.registered") == [("2025", 3), ("2026", 2)]
    assert series("training.completed") == [("2025", 2), ("2026", 0)]
    rows = {row.label: row.values for row in measure("training.registered").rows}
    assert rows == {
        "Data engineering": {"registered": 2, "completed": 0, "certified": 0},
        "Web development": {"registered": 3, "completed": 2, "certified": 1},
    }


def test_programme_names_follow_the_language(two_programmes):
    from django.utils import translation

    with translation.override("vi"):
        labels = [row.label for row in measure("training.completed").rows]
    assert labels == ["Kỹ thuật dữ liệu", "Phát triển web"]


def test_certificates_count_issued_and_revoked(two_programmes):
    result = measure("training.certificates")
    assert result.value == 2
    assert [(row.label, row.values["count"]) for row in result.rows] == [("Issued", 2), ("Revoked", 1)]
    assert "not recorded" not in str(result.note)
