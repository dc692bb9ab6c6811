"""An investor finds land, estimates the incentives, signs up and applies for the parcel with documents.

Vietnamese on a desktop and English on a phone (every language and every viewport at least once).
"""

import re
from decimal import Decimal
from urllib.parse import urlparse

import pytest

from ._demo import unique_email
from ._helpers_applications import button, exact, field, form_label, link, make_pdf, make_png, status_label, t

pytestmark = pytest.mark.e2e

JOURNEYS = [("vi", "desktop"), ("en", "phone")]
PASSWORD = "Thong-xanh-Da-Lat-2026"
CONFIRMATION_LINK = re.compile(r"https?://\S+/confirm-email/\S+?/")


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _chosen_parcel(code):
    from land.models import Parcel

    return Parcel.objects.select_related("zone").get(code=code)


def _filter_the_land_list(tab, language, parcel):
    from django.utils.translation import override

    with override(language):
        zone_name, land_use = str(parcel.zone), parcel.get_land_use_display()
    filters = tab.locator("details[data-filters-toggle]")
    if not filters.evaluate("details => details.open"):  # on a phone the results come first, filters behind a button
        filters.locator("summary").click()
    tab.get_by_role("checkbox", name=exact(zone_name)).check()
    tab.get_by_role("checkbox", name=exact(land_use)).check()
    field(tab, t(language, "Minimum area (m²)")).fill(str(int(parcel.area_m2) - 1))
    field(tab, t(language, "Maximum area (m²)")).fill(str(int(parcel.area_m2) + 1))
    field(tab, t(language, "Maximum price (USD/m²/year)")).fill(str(parcel.lease_price_usd))
    button(tab, language, "Show parcels").click()
    tab.wait_for_load_state()


def _estimate(tab, language, paths):
    from investors.forms import EstimatorForm

    tab.goto(paths.estimator)
    label = lambda name: form_label(language, EstimatorForm, name)  # noqa: E731
    field(tab, label("sector")).select_option("software_production")
    field(tab, label("capital_usd")).fill("2500000")
    field(tab, label("employees")).fill("120")
    field(tab, label("annual_revenue_usd")).fill("4000000")
    field(tab, label("profit_margin")).fill("18")
    field(tab, label("parcel")).select_option(paths.parcel_code)
    button(tab, language, "Estimate").click()
    tab.wait_for_load_state()


def _sign_up(tab, language, paths, email):
    from django.utils.translation import override

    from allauth.account.forms import SignupForm

    with override(language):
        labels = {name: str(form_field.label) for name, form_field in SignupForm().fields.items()}
    tab.goto(paths.sign_up)
    field(tab, labels["email"]).fill(email)
    field(tab, labels["password1"]).fill(PASSWORD)
    field(tab, labels["password2"]).fill(PASSWORD)
    field(tab, labels["full_name"]).fill("Trần Thị Thu Hương")
    field(tab, labels["phone"]).fill("+84 263 382 2000")
    field(tab, labels["organisation"]).fill("Công ty Cổ phần Phần mềm Lang Biang")
    field(tab, labels["preferred_language"]).select_option(language)
    tab.locator("input[name=privacy_consent]").check()
    tab.locator("main form button[type=submit]").first.click()
    tab.wait_for_load_state()


def _confirm_from_the_mail(tab, mailoutbox, email):
    letters = [message for message in mailoutbox if message.to == [email]]
    assert len(letters) == 1, "one confirmation e-mail"
    tab.goto(urlparse(CONFIRMATION_LINK.search(letters[0].body).group(0)).path)
    tab.locator("main form button[type=submit]").first.click()
    tab.wait_for_load_state()


def _sign_in_form(tab, email):
    tab.locator("main input[name=login]").fill(email)
    tab.locator("main input[name=password]").fill(PASSWORD)
    tab.locator("main form button[type=submit]").first.click()
    tab.wait_for_load_state()


def _company_step(tab, language):
    from investors.applications.forms import CompanyForm

    label = lambda name: form_label(language, CompanyForm, name)  # noqa: E731
    assert field(tab, label("company_name")).input_value() == "Công ty Cổ phần Phần mềm Lang Biang"  # from the profile
    field(tab, label("country")).select_option("VN")
    field(tab, label("registration_number")).fill("5801234567")
    field(tab, label("company_address")).fill("Số 1 Trần Hưng Đạo, Phường 10, Đà Lạt, Lâm Đồng")
    field(tab, label("representative_title")).fill("Giám đốc")
    button(tab, language, "Save and continue").click()


def _project_step(tab, language):
    from investors.applications.forms import ProjectForm

    label = lambda name: form_label(language, ProjectForm, name)  # noqa: E731
    field(tab, label("sector")).select_option("software_production")
    field(tab, label("project_title")).fill("Trung tâm phát triển phần mềm Lang Biang")
    field(tab, label("description")).fill("Phát triển phần mềm quản lý nông nghiệp công nghệ cao cho Lâm Đồng.")
    field(tab, label("capital_usd")).fill("2500000")
    field(tab, label("staff_total")).fill("120")
    field(tab, label("it_specialists")).fill("80")
    field(tab, label("operation_start")).fill("2027-06-01")
    button(tab, language, "Save and continue").click()


def _land_step(tab, language, parcel_code):
    parcel_box = tab.get_by_role("checkbox", name=re.compile(rf"^{re.escape(parcel_code)}\b"))
    assert parcel_box.is_checked(), "the parcel the investor applied from is already chosen"
    button(tab, language, "Save and continue").click()


def _documents_step(tab, language, folder):
    from investors.applications.forms import DocumentForm

    uploads = [
        ("registration", make_png(folder)),
        ("proposal", make_pdf(folder, "de-xuat-du-an.pdf")),
        ("financial", make_pdf(folder, "nang-luc-tai-chinh.pdf")),
    ]
    for kind, path in uploads:
        field(tab, form_label(language, DocumentForm, "kind")).select_option(kind)
        field(tab, form_label(language, DocumentForm, "file")).set_input_files(str(path))
        button(tab, language, "Upload").click()
        tab.wait_for_load_state()
        expect(tab.get_by_text(t(language, "The document was uploaded."))).to_be_visible()
    for _kind, path in uploads:
        assert tab.locator("main").get_by_text(path.name).count() >= 1
    link(tab, language, "Continue to review").click()


def _review_step(tab, language):
    from investors.applications.forms import ReviewForm

    expect(tab.get_by_role("heading", name=t(language, "Review and submit"))).to_be_visible()
    field(tab, form_label(language, ReviewForm, "consent")).check()
    button(tab, language, "Submit the application").click()
    tab.wait_for_load_state()


@pytest.mark.parametrize(("language", "viewport"), JOURNEYS)
def test_investor_filters_land_estimates_signs_up_and_applies_for_the_parcel_with_documents(
    new_page, demo, mailoutbox, tmp_path, language, viewport
):
    from investors.applications.models import InvestmentApplication

    paths, tab, email = demo[language], new_page(viewport), unique_email()
    parcel = _chosen_parcel(paths.parcel_code)

    tab.goto(paths.land_list)
    _filter_the_land_list(tab, language, parcel)
    assert f"area_min={int(parcel.area_m2) - 1}" in tab.url
    link(tab, language, "Parcel %(code)s", code=parcel.code).click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Parcel %(code)s", code=parcel.code))

    _estimate(tab, language, paths)
    expect(tab.get_by_role("heading", name=t(language, "Your estimate"))).to_be_visible()
    assert tab.locator("table.estimate-table tbody tr").count() > 0

    _sign_up(tab, language, paths, email)
    _confirm_from_the_mail(tab, mailoutbox, email)

    tab.goto(paths.parcel)
    link(tab, language, "Apply for this parcel").click()
    _sign_in_form(tab, email)  # anonymous visitors are asked to sign in first, then come back to the form
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Investment application"))
    _company_step(tab, language)
    _project_step(tab, language)
    _land_step(tab, language, parcel.code)
    _documents_step(tab, language, tmp_path)
    _review_step(tab, language)

    submitted = t(language, "Your application has been submitted. We have sent you a confirmation.")
    expect(tab.get_by_text(submitted)).to_be_visible()
    expect(tab.locator(".status-badge")).to_have_text(status_label(language, "submitted"))
    applications = InvestmentApplication.objects.filter(applicant__email=email)
    assert [(a.status, a.parcel_codes, a.documents.count(), a.capital_usd) for a in applications] == [
        ("submitted", [parcel.code], 3, Decimal("2500000"))
    ]
    heading = t(language, "Application %(reference)s", reference=applications[0].reference)
    expect(tab.get_by_role("heading", level=1)).to_have_text(heading)
