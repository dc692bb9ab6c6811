"""The estimator with real parcels from the land app (through land.services only)."""

from decimal import Decimal

import pytest

from tests.factories.investors import IncentiveRuleFactory, PolicyPageFactory, clause
from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db


def test_an_available_parcel_gives_its_area_and_price_and_a_leased_one_is_refused(client, incentives):
    policy = PolicyPageFactory(parent=incentives["vi"], slug="dat", category="land", clauses=[clause(39, 1)])
    IncentiveRuleFactory(
        policy=policy,
        benefit="land_rent_exemption",
        rate_percent=None,
        years=11,
        article=39,
        starts="project_start",
        requires_park_location=True,
    )
    available = ParcelFactory(area_m2=Decimal("1000"), lease_price_usd=Decimal("2.00"))
    leased = ParcelFactory(status="leased")
    query = "sector=software_production&capital_usd=1000000&employees=20&annual_revenue_usd=0&profit_margin=0&years=12"

    html = client.get(f"/en/incentives/estimate/?{query}&parcel={available.code}").content.decode()
    refused = client.get(f"/en/incentives/estimate/?{query}&parcel={leased.code}").content.decode()

    assert f"parcel {available.code}, 1,000 m² at 2.00 USD" in html
    assert "22,000.00" in html  # 11 rent-free years x 1,000 m² x 2 USD
    assert "This parcel is not available" in refused
