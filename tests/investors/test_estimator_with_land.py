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


QUERY = "sector=software_production&capital_usd=1000000&employees=20&annual_revenue_usd=0&profit_margin=0&years=10"


def test_an_office_unit_shows_its_yearly_cost_next_to_the_incentives_as_a_net_cost(client, incentives, site_tree):
    from land.demo.offices import seed_office_pages
    from land.services import unit_cost
    from tests.factories.land import BuildingFactory, UnitFactory

    seed_office_pages(site_tree)
    UnitFactory(building=BuildingFactory(code="T1"), code="T1-201")
    # A 10 % CIT rate for 15 years instead of the standard rate: on a profit of 200,000 USD a year the
    # incentive saves tax every year of the 10-year estimate, so the net cost is visibly lower.
    IncentiveRuleFactory(policy=PolicyPageFactory(parent=incentives["vi"], slug="thue"))
    profitable = QUERY.replace("annual_revenue_usd=0&profit_margin=0", "annual_revenue_usd=1000000&profit_margin=20")
    response = client.get(f"/en/incentives/estimate/?{profitable}&unit=T1-201")
    report = response.context["report"]
    yearly = unit_cost("T1-201").yearly_cost_usd
    assert report.occupancy.usd == yearly
    saving = report.average_saving.usd
    assert saving == (report.totals["saving"].usd / 10).quantize(Decimal("0.01")) > 0
    assert report.net_per_year.usd == yearly - saving < yearly
    html = response.content.decode()
    assert f"{yearly - saving:,.2f}" in html  # the net cost the visitor reads
    assert 'href="/en/offices/t1-201/">office unit T1-201</a>' in html
    assert "Net cost per year" in html
    assert "T1-201 – Office unit" in html  # offered in the form with its yearly cost


def test_a_parcel_shows_its_rent_and_infrastructure_fee_as_the_cost_of_occupancy(client, incentives):
    from land.services import parcel_yearly_cost_usd

    parcel = ParcelFactory(area_m2=Decimal("1000"), lease_price_usd=Decimal("2.00"))
    report = client.get(f"/en/incentives/estimate/?{QUERY}&parcel={parcel.code}").context["report"]
    assert report.occupancy.usd == parcel_yearly_cost_usd(parcel.code) > Decimal("2000")


def test_land_and_an_office_unit_together_or_a_unit_that_is_not_offered_are_refused(client, incentives, site_tree):
    from tests.factories.land import BuildingFactory, UnitFactory

    UnitFactory(building=BuildingFactory(code="T1"), code="T1-201")
    both = client.get(f"/en/incentives/estimate/?{QUERY}&unit=T1-201&area_m2=500").content.decode()
    assert "Choose land (a parcel or an area) or an office unit, not both." in both
    unknown = client.get(f"/en/incentives/estimate/?{QUERY}&unit=T9-1").content.decode()
    assert "This office unit is not available; choose another." in unknown
