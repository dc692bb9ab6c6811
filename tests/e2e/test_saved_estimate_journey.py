"""An investor saves an incentive estimate, starts an application from it, and once the file is
approved reads the incentives granted, with their legal basis, in the decision letter."""

from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.e2e

PROFILE = {
    "sector": "software_production",
    "capital_usd": "1500000",
    "employees": "60",
    "annual_revenue_usd": "3000000",
    "profit_margin": "20",
    "start_year": "2026",
    "years": "10",
}


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _complete_and_approve(application):
    from tests.factories.applications import move

    application.company_name, application.country = "Lang Biang Software", "VN"
    application.registration_number, application.company_address = "5800000777", "12 Trần Phú, Đà Lạt"
    application.representative_name, application.project_title = "Trần Thu Hương", "Lang Biang studio"
    application.description, application.required_area_m2 = "A software studio.", 2000
    application.save()
    return move(application, "submit", "start_screening", "start_appraisal", "approve")


def test_a_saved_estimate_becomes_an_application_and_its_incentives_reach_the_decision_letter(demo, page):
    from investors.applications.models import InvestmentApplication

    investor = demo.create_user(language="en")
    demo.sign_in(page, investor.email, language="en")
    page.goto(f"{demo['en'].estimator}?{urlencode(PROFILE)}")
    page.get_by_label("Name of this estimate").fill("Lang Biang studio")
    page.get_by_role("button", name="Save to my account").click()
    page.wait_for_load_state()

    expect(page.get_by_text("Lang Biang studio")).to_be_visible()
    page.get_by_role("link", name="Start an application from this estimate").click()
    page.wait_for_load_state()

    application = InvestmentApplication.objects.get(applicant=investor)
    assert application.requested_rules.exists()
    application = _complete_and_approve(application)
    page.goto(f"/en/apply/{application.public_id}/letter/")
    letter = page.locator(".granted-incentives")
    expect(letter).to_contain_text("Investment incentives granted")
    expect(letter).to_contain_text("67/2025/QH15")
