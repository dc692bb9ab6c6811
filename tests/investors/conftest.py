"""Fixtures of the incentive tests: the policy index in both languages and the land services stubbed."""

from decimal import Decimal

import pytest

from tests.factories.investors import IncentiveRuleFactory, PolicyIndexPageFactory, PolicyPageFactory, translate_page


@pytest.fixture
def incentives(site_tree):
    """{"vi": PolicyIndexPage, "en": PolicyIndexPage} under the seeded home pages."""
    index_vi = PolicyIndexPageFactory(parent=site_tree["vi"], title="Ưu đãi đầu tư", slug="uu-dai-dau-tu")
    index_en = translate_page(index_vi, "en", slug="incentives", title="Investment incentives")
    return {"vi": index_vi, "en": index_en}


class StubTerms:
    """Stands in for land.services.ParcelTerms."""

    def __init__(self, code, area, price):
        self.code, self.area_m2, self.lease_price_usd = code, Decimal(area), Decimal(price)
        self.zone_code, self.land_use, self.status, self.max_lease_term_years = "A", "software_office", "available", 50

    def detail_url(self, language="vi"):
        return f"/{language}/land/{self.code.lower()}/"


@pytest.fixture
def land_stub(monkeypatch):
    """land.services with one available parcel A-12 (2,000 m² at 2.50 USD) and a median price of 3 USD."""
    from land import services

    parcels = {"A-12": StubTerms("A-12", "2000", "2.50")}
    monkeypatch.setattr(services, "parcel_choices", lambda statuses=("available",), language=None: [("A-12", "A-12")])
    monkeypatch.setattr(services, "parcel_lease_terms", lambda code: parcels.get(code))
    monkeypatch.setattr(services, "reference_lease_price_usd", lambda: Decimal("3.00"))
    return parcels


@pytest.fixture
def software_policy(incentives):
    """Decree 218 with the software package (10% / 4 years exempt / 9 years halved), in both languages."""
    policy = PolicyPageFactory(
        parent=incentives["vi"], title="Ưu đãi thuế cho phần mềm", slug="thue-phan-mem", sectors=["software_production"]
    )
    translate_page(policy, "en", slug="software-tax", title="Tax incentives for software")
    common = {"policy": policy, "package": "software", "sectors": ["software_production"]}
    IncentiveRuleFactory(title="rate", **common)
    IncentiveRuleFactory(
        title="exempt",
        benefit="cit_exemption",
        rate_percent=None,
        years=4,
        starts="first_taxable_income",
        article=16,
        **common,
    )
    IncentiveRuleFactory(
        title="halve", benefit="cit_reduction", rate_percent=None, share_percent=50, years=9, article=16, **common
    )
    return policy
