"""An investor compares an office unit's yearly cost with a parcel's and applies for the unit; the office
pages and the cost tables are axe-clean on a phone (390 px) and a desktop (1366 px), in both languages.

Vietnamese on a desktop and English on a phone for the journey; every language and viewport for axe.
"""

import re
from decimal import Decimal

import pytest

from ._helpers_applications import button, exact, field, form_label, link, make_pdf, make_png, t
from .test_accessibility import _blocking_violations, _describe

pytestmark = pytest.mark.e2e

JOURNEYS = [("vi", "desktop"), ("en", "phone")]
OFFICES = {"vi": "/vi/van-phong/", "en": "/en/offices/"}


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _available_office():
    from land.models import Unit

    return Unit.objects.public().filter(status="available", kind="office").in_code_order().first()


def _yearly_total(tab):
    """The USD total per year of the cost table on the page, as a number."""
    text = tab.locator(".land-costs__table tfoot tr").first.locator("td strong").first.inner_text()
    return Decimal(re.sub(r"\D", "", text) or "0")  # whole dollars, grouped by "," (en) or "." (vi)


def _company_and_project(tab, language):
    from investors.applications.forms import CompanyForm, ProjectForm

    company = lambda name: form_label(language, CompanyForm, name)  # noqa: E731
    field(tab, company("company_name")).fill("Công ty TNHH Phần mềm Đồi Thông")
    field(tab, company("country")).select_option("VN")
    field(tab, company("registration_number")).fill("5801234568")
    field(tab, company("company_address")).fill("Số 2 Trần Hưng Đạo, Đà Lạt, Lâm Đồng")
    field(tab, company("representative_name")).fill("Lê Văn Minh")
    field(tab, company("contact_email")).fill("minh@example.com")
    field(tab, company("contact_phone")).fill("+84 263 382 2001")
    button(tab, language, "Save and continue").click()
    project = lambda name: form_label(language, ProjectForm, name)  # noqa: E731
    field(tab, project("sector")).select_option("software_production")
    field(tab, project("project_title")).fill("Văn phòng phát triển phần mềm Đồi Thông")
    field(tab, project("description")).fill("Một nhóm 20 kỹ sư phát triển ứng dụng di động.")
    field(tab, project("capital_usd")).fill("300000")
    field(tab, project("staff_total")).fill("20")
    field(tab, project("operation_start")).fill("2027-03-01")
    button(tab, language, "Save and continue").click()


@pytest.mark.parametrize(("language", "viewport"), JOURNEYS)
def test_investor_compares_a_units_yearly_cost_with_a_parcels_and_applies_for_the_unit(
    new_page, demo, tmp_path, language, viewport
):
    from investors.applications.models import InvestmentApplication

    paths, tab = demo[language], new_page(viewport)
    user = demo.create_user(language=language)
    unit = _available_office()
    demo.sign_in(tab, user.email, language)

    tab.goto(paths.parcel)
    expect(tab.get_by_role("heading", name=t(language, "Yearly cost of this parcel"))).to_be_visible()
    parcel_total = _yearly_total(tab)

    tab.goto(f"{OFFICES[language]}?kind=office")
    link(tab, language, "Unit %(code)s", code=unit.code).click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Unit %(code)s", code=unit.code))
    expect(tab.get_by_role("heading", name=t(language, "Yearly cost of this unit"))).to_be_visible()
    assert parcel_total > 0 and _yearly_total(tab) > 0  # both pages state a yearly total to compare

    link(tab, language, "Apply for this unit").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Investment application"))
    _company_and_project(tab, language)
    unit_box = tab.get_by_role("checkbox", name=re.compile(rf"^{re.escape(unit.code)}\b"))
    assert unit_box.is_checked(), "the unit the investor applied from is already chosen"
    button(tab, language, "Save and continue").click()
    from investors.applications.forms import DocumentForm, ReviewForm

    for kind, path in (("registration", make_png(tmp_path)), ("proposal", make_pdf(tmp_path, "a.pdf")),
                       ("financial", make_pdf(tmp_path, "b.pdf"))):  # fmt: skip
        field(tab, form_label(language, DocumentForm, "kind")).select_option(kind)
        field(tab, form_label(language, DocumentForm, "file")).set_input_files(str(path))
        button(tab, language, "Upload").click()
        tab.wait_for_load_state()
    link(tab, language, "Continue to review").click()
    tab.get_by_label(exact(form_label(language, ReviewForm, "consent"))).check()
    button(tab, language, "Submit the application").click()
    tab.wait_for_load_state()
    application = InvestmentApplication.objects.get(applicant=user)
    assert (application.status, application.unit_codes) == ("submitted", [unit.code])


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_office_pages_and_cost_tables_have_no_serious_or_critical_axe_violations(
    new_page, demo, language, viewport
):
    paths, tab = demo[language], new_page(viewport)
    unit_path = f"{OFFICES[language]}{_available_office().code.lower()}/"
    pages = [
        ("office list", OFFICES[language]),
        ("office list with filters", f"{OFFICES[language]}?kind=office&area_min=50&sort=-area"),
        ("office unit", unit_path),
        ("parcel with its yearly cost", paths.parcel),
    ]
    problems = []
    for name, path in pages:
        assert tab.goto(path).status == 200, path
        problems += [_describe(name, path, violation) for violation in _blocking_violations(tab)]
        width = tab.evaluate("document.documentElement.scrollWidth")
        if width > tab.viewport_size["width"]:
            problems.append(f"{name} {path}: the page scrolls sideways ({width} px)")
    assert not problems, "\n".join(problems)
