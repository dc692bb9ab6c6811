"""Fixtures for transparency: a clean cache, and cheap bulk builders of applications, parcels and trainees."""

import datetime
import uuid
from decimal import Decimal

from django.core.cache import cache
from django.utils import timezone, translation

import pytest

from investors.applications.models import InvestmentApplication, StatusChange
from tests.factories.accounts import UserFactory
from tests.factories.land import ParcelFactory, ZoneFactory
from tests.factories.training import CohortFactory, RegistrationFactory


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def english():
    """Labels are checked in English (the source language) unless a test activates another."""
    with translation.override("en"):
        yield


def local(year, month, day, hour=10):
    """An aware datetime in the site's time zone."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def decided_files(count, year=2025, country="VN"):
    """`count` approved applications recorded online, created in bulk (for query-count tests)."""
    applicant = UserFactory()
    applications = InvestmentApplication.objects.bulk_create(
        InvestmentApplication(
            applicant=applicant,
            reference=f"BULK-{year}-{country}-{index}-{applicant.pk}",
            status="approved",
            country=country,
            submitted_at=local(year, 3, 3),
            decided_at=local(year, 3, 31),
        )
        for index in range(count)
    )
    StatusChange.objects.bulk_create(
        change
        for application in applications
        for change in (
            StatusChange(application=application, from_status="draft", to_status="submitted", actor=applicant),
            StatusChange(application=application, from_status="appraisal", to_status="approved", actor=applicant),
        )
    )
    return applications


def parcels(count, zone_code="A", area="1000", status="leased"):
    zone = ZoneFactory(code=zone_code)
    return [ParcelFactory(zone=zone, status=status, area_m2=Decimal(area)) for _ in range(count)]


def registrations(count, status="completed"):
    cohort = CohortFactory(programme_key=uuid.uuid4())
    return [RegistrationFactory(cohort=cohort, status=status) for _ in range(count)]
