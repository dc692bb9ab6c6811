"""The demo content follows the verified 2025 law: today's estimate uses Law 67/2025, an estimate as of
2024 reproduces Decree 218/2013, and import duty does not depend on the park."""

from urllib.parse import urlencode

import pytest

from core.seeding import SeedContext
from investors.demo.seeding import seed_incentives
from investors.models import PolicyPage

pytestmark = pytest.mark.django_db

SOFTWARE_FIRM = {
    "sector": "software_production",
    "capital_usd": "500000",
    "employees": "30",
    "annual_revenue_usd": "3000000",
    "profit_margin": "20",
    "years": "5",
}


def _applied(client, **changes):
    html = client.get(f"/en/incentives/estimate/?{urlencode({**SOFTWARE_FIRM, **changes})}").content.decode()
    return html, html.split("Incentives applied")[1].split("Overlapping incentives")[0]


def test_demo_estimates_use_the_2025_law_today_and_the_old_decree_as_of_2024(client, site_tree):
    seed_incentives(SeedContext(homes=site_tree))

    html, today = _applied(client, start_year="2026")
    _old_html, as_of_2024 = _applied(client, start_year="2024", as_of="2024-06-01")

    assert "Corporate Income Tax Law 2025" in today
    assert "Corporate income tax incentives for software production projects" not in today
    assert "Corporate income tax incentives for software production projects" in as_of_2024
    assert "Corporate Income Tax Law 2025" not in as_of_2024
    assert "To be confirmed by the legal reviewer:" in html


def test_demo_import_duty_and_tax_incentives_apply_without_land_in_the_park(client, site_tree):
    seed_incentives(SeedContext(homes=site_tree))

    html, applied = _applied(client, start_year="2026", location="elsewhere")

    assert "Goods forming fixed assets" in html.split("Other benefits you qualify for")[1]
    assert "Corporate Income Tax Law 2025" in applied


def test_superseded_demo_policies_name_their_2025_replacements(site_tree):
    seed_incentives(SeedContext(homes=site_tree))

    replaced = {
        page.document_number: page.superseded_by.specific.document_number
        for page in PolicyPage.objects.filter(locale__language_code="en", status="superseded")
    }
    assert replaced["152/2020/NĐ-CP"] == "219/2025/NĐ-CP"
    assert replaced["154/2013/NĐ-CP"] == "71/2025/QH15"
    assert replaced["218/2013/NĐ-CP"] == "67/2025/QH15"
