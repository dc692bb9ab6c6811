"""Fixtures for the land tests: the land pages in both languages and staff in each group."""

import pytest

from land.demo.seeding import seed_pages
from tests.factories.accounts import StaffFactory


@pytest.fixture
def land_pages(site_tree):
    """{"vi": LandIndexPage (/vi/quy-dat/), "en": LandIndexPage (/en/land/)}."""
    page_vi, page_en = seed_pages(site_tree)
    return {"vi": page_vi, "en": page_en}


@pytest.fixture
def land_officer(db):
    return StaffFactory(groups=["Land officer"])


@pytest.fixture
def editor(db):
    return StaffFactory(groups=["Editor"])


@pytest.fixture
def office_pages(site_tree):
    """{"vi": OfficeIndexPage (/vi/van-phong/), "en": OfficeIndexPage (/en/offices/)}."""
    from land.demo.offices import seed_office_pages

    page_vi, page_en = seed_office_pages(site_tree)
    return {"vi": page_vi, "en": page_en}
