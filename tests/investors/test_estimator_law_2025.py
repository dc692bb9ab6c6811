"""The estimator and the 2025–2026 law: revenue bands, the global minimum tax, amounts in đồng, the
park's legal status, and rules the legal reviewer has not yet confirmed."""

import pytest

from investors.models import ParkLegalStatus
from tests.factories.investors import IncentiveRuleFactory, PolicyPageFactory
from tests.investors.test_estimator_view import estimate_url

pytestmark = pytest.mark.django_db


def test_the_revenue_picks_the_standard_rate_band_of_law_67_2025(client, incentives, land_stub):
    small = client.get(estimate_url("en", annual_revenue_usd="100000", start_year="2026", years="1")).content.decode()
    large = client.get(estimate_url("en", annual_revenue_usd="5000000", start_year="2026", years="1")).content.decode()
    old = client.get(estimate_url("en", annual_revenue_usd="100000", start_year="2024", years="1")).content.decode()

    assert "15% (2026, Law 67/2025/QH15" in small  # VND 2.54 billion: at most 3 billion
    assert "20% (2026, Law 67/2025/QH15" in large
    assert "20% (2024, Law 14/2008/QH12" in old


def test_amounts_in_dong_are_converted_at_the_exchange_rate(client, software_policy, land_stub):
    in_usd = client.get(estimate_url("en")).content.decode()
    in_vnd = client.get(
        estimate_url("en", currency="VND", capital_usd="50800000000", annual_revenue_usd="50800000000")
    ).content.decode()

    assert "470,000.00" in in_usd and "470,000.00" in in_vnd  # 2,000,000 USD at 25,400 VND


def test_a_large_group_member_sees_the_global_minimum_tax_top_up(client, software_policy, land_stub):
    html = client.get(estimate_url("en", minimum_tax_group="on", start_year="2026")).content.decode()

    assert "Global minimum tax (Resolution 107/2023/QH15" in html
    assert "incl. minimum-tax top-up" in html
    # 16 years of 200,000 profit: 15 years topped up to 15% (30,000) and one at 20%: 490,000 due, saving 150,000.
    assert "150,000.00" in html


def test_zone_rules_apply_only_once_the_park_is_designated_and_the_page_says_which(client, incentives, land_stub):
    policy = PolicyPageFactory(parent=incentives["vi"], slug="khu-cong-nghe-so", sectors=[])
    IncentiveRuleFactory(policy=policy, requires_park_status=True, years=15, rate_percent=10)

    proposed = client.get(estimate_url("en")).content.decode()
    status = ParkLegalStatus.load()
    status.designation, status.decision_number = "designated", "999/QĐ-UBND"
    status.save()
    designated = client.get(estimate_url("en")).content.decode()

    assert "the park is not (yet) designated as one" in proposed
    assert "only once the park is designated" in proposed
    assert "decision No. 999/QĐ-UBND" in designated
    assert "location incentives are included" in designated
    assert "The park's legal status" in client.get("/en/incentives/").content.decode()


def test_a_rule_awaiting_the_legal_reviewer_is_flagged_on_the_estimate(client, software_policy, land_stub):
    software_policy.incentive_rules.filter(title="rate").update(needs_legal_review=True)

    html = client.get(estimate_url("en")).content.decode()

    assert "To be confirmed by the legal reviewer:" in html
