"""Fixtures for the visits tests: the land pages, published parcels, a slot, staff."""

import pytest

from land.demo.seeding import seed_pages
from tests.factories.accounts import StaffFactory
from tests.factories.land import ParcelFactory
from tests.factories.visits import VisitSlotFactory


@pytest.fixture
def land_pages(site_tree):
    page_vi, page_en = seed_pages(site_tree)
    return {"vi": page_vi, "en": page_en}


@pytest.fixture
def parcels(db):
    """A-1 and A-2, published and available."""
    first = ParcelFactory(code="A-1")
    return [first, ParcelFactory(code="A-2", zone=first.zone)]


@pytest.fixture
def slot(db):
    return VisitSlotFactory()


@pytest.fixture
def land_officer(db):
    return StaffFactory(groups=["Land officer"], email="officer@dalat-park.example")
