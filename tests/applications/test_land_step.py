"""The wizard's land step shows each available parcel with its zone, area, price and a small plan."""

from decimal import Decimal

import pytest

from land.demo.seeding import seed_pages
from tests.factories.accounts import UserFactory
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parcels(site_tree):
    seed_pages(site_tree)
    zone = ZoneFactory(code="A", name_vi="Khu A – Văn phòng", name_en="Zone A – Offices")
    offered = ParcelFactory(zone=zone, code="A-3", area_m2=Decimal("6572.5"), lease_price_usd=Decimal("2.84"))
    leased = ParcelFactory(zone=zone, code="A-4", status="leased")
    return offered, leased


def land_step(client, language):
    client.force_login(UserFactory())
    base = client.get(f"/{language}/apply/")["Location"].rsplit("step/", 1)[0]
    return client.get(base + "step/land/").content.decode()


def test_each_available_parcel_shows_zone_area_and_price_in_english(client, parcels):
    page = land_step(client, "en")
    assert 'value="A-3"' in page
    assert "Zone A – Offices" in page and "A – Zone A" not in page
    assert "6,573 m²" in page
    assert "2.84 USD/m²/year" in page
    assert 'value="A-4"' not in page  # leased parcels are not offered


def test_the_vietnamese_step_writes_numbers_the_vietnamese_way_and_links_each_parcel(client, parcels):
    page = land_step(client, "vi")
    assert "6.573 m²" in page
    assert "2,84 USD/m²/năm" in page
    assert 'href="/vi/quy-dat/a-3/"' in page


def test_a_small_plan_of_the_park_marks_the_parcels_on_offer(client, parcels):
    page = land_step(client, "en")
    assert '<svg class="land-plan"' in page
    assert "plan-parcel--faded" in page  # the leased parcel is drawn faded


def test_with_the_page_cache_on_the_offers_are_kept_but_never_outlive_a_change(client, parcels, settings):
    settings.PAGE_CACHE_TIMEOUT = 300
    offered, _leased = parcels
    first = land_step(client, "en")
    assert 'value="A-3"' in first and "Zone A – Offices" in first
    assert land_step(client, "en").count('value="A-3"') == 1  # a second view offers it once (kept or rebuilt)
    offered.status = "reserved"
    offered.save()
    assert 'value="A-3"' not in land_step(client, "en")
    assert "6.573 m²" in land_step(client, "vi")  # each language keeps its own offers
