"""A foreign investor's whole path to office space, as one story per language and viewport (390 px phone,
1366 px desktop):

not signed in, they open How to invest and answer the checklist (foreign, office space, foreign
experts, software) and see only their steps; they sign in from the checklist, keep it in their account
and find it there; they open the office list, a unit and its yearly cost, set that cost beside a
parcel's on the comparison page, book a site visit for the unit (confirmation page, e-mail with the
calendar file), then apply for the unit through the application form and see it named on the
submitted application.

Every page on the way is checked with axe (no serious or critical violation) and, on the phone, for
anything wider than the screen or text spilling out of its box.
"""

import re
from decimal import Decimal

import pytest

from ._helpers_applications import button, exact, field, form_label, link, make_pdf, make_png, status_label, t
from .test_accessibility import _blocking_violations, _describe
from .test_layout import OVERFLOW_PROBLEMS

pytestmark = pytest.mark.e2e

VIEWPORTS = {"phone": None, "desktop": {"width": 1366, "height": 768}}
OFFICES = {"vi": "/vi/van-phong/", "en": "/en/offices/"}


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


class Walk:
    """The tab and what the pages visited so far showed wrong (axe, and sideways scrolling on a phone)."""

    def __init__(self, tab, viewport):
        self.tab, self.phone, self.problems = tab, viewport == "phone", []

    def check(self, name):
        tab = self.tab
        tab.wait_for_load_state()
        path = tab.url.split("//", 1)[-1].split("/", 1)[-1]
        self.problems += [_describe(name, f"/{path}", violation) for violation in _blocking_violations(tab)]
        if self.phone:
            self.problems += [f"{name} /{path}: {problem}" for problem in tab.evaluate(OVERFLOW_PROBLEMS)]


def _how_to_invest_path(language):
    from investors.models import HowToInvestPage

    return HowToInvestPage.objects.live().get(locale__language_code=language).url


def _answers():
    from investors.checklist import ChecklistAnswers

    return ChecklistAnswers(origin="foreign", premises="office", foreign_staff=True, sector="software_production")


def _step_titles(language):
    """(titles of the steps these answers keep, titles of the land-only steps) from the demo's How to invest page."""
    from investors.demo.how_to_invest import STEPS

    answers = _answers()
    kept = [spec[language]["title"] for spec in STEPS if answers.applies(spec)]
    land_only = [spec[language]["title"] for spec in STEPS if spec["premises"] == "land"]
    work_permit = next(spec[language]["title"] for spec in STEPS if spec["foreign_staff"])
    return kept, land_only, work_permit


def _available_office():
    from land.models import Unit

    return Unit.objects.public().filter(status="available", kind="office").in_code_order().first()


def _amount(text):
    """Whole dollars from "12,345 USD" (en) or "12.345 USD" (vi)."""
    return Decimal(re.sub(r"\D", "", text.split("USD")[0]) or "0")


def _answer_the_checklist(walk, language):
    tab = walk.tab
    form = tab.locator("form.checklist-form")
    form.get_by_label(exact(t(language, "A foreign investor"))).check()
    form.get_by_label(exact(t(language, "In office space"))).check()
    experts = form.get_by_role("group", name=t(language, "Will you employ foreign experts?"))
    experts.get_by_label(exact(t(language, "Yes"))).check()
    form.get_by_label(exact(t(language, "Sector"))).select_option("software_production")
    form.get_by_role("button", name=exact(t(language, "Show my steps"))).click()
    tab.wait_for_load_state()


def _see_only_their_steps(walk, language):
    kept, land_only, work_permit = _step_titles(language)
    titles = walk.tab.locator(".procedure-steps .procedure-step__title")
    expect(titles).to_have_text(kept)  # only their steps, in the page's order
    assert work_permit in kept and not set(land_only) & set(kept)


def _sign_in_from_the_checklist(walk, language, user):
    tab = walk.tab
    link(tab.locator("main"), language, "Sign in to keep this checklist in your account.").click()
    walk.check("sign in")
    tab.locator("main input[name=login]").fill(user.email)
    tab.locator("main input[name=password]").fill(user.raw_password)
    tab.locator("main form button[type=submit]").first.click()
    tab.wait_for_load_state()


def _company_step(tab, language):
    from investors.applications.forms import CompanyForm

    label = lambda name: form_label(language, CompanyForm, name)  # noqa: E731
    field(tab, label("company_name")).fill("Pine Hill Software Pte. Ltd.")
    field(tab, label("country")).select_option("SG")
    field(tab, label("registration_number")).fill("201912345K")
    field(tab, label("company_address")).fill("1 Fusionopolis Way, Singapore 138632")
    field(tab, label("representative_name")).fill("Tan Wei Ming")
    field(tab, label("contact_email")).fill("wei.ming@example.com")
    field(tab, label("contact_phone")).fill("+65 6123 4567")
    button(tab, language, "Save and continue").click()
    tab.wait_for_load_state()


def _project_step(tab, language):
    from investors.applications.forms import ProjectForm

    label = lambda name: form_label(language, ProjectForm, name)  # noqa: E731
    field(tab, label("sector")).select_option("software_production")
    field(tab, label("project_title")).fill("Pine Hill Đà Lạt development centre")
    field(tab, label("description")).fill("A team of 25 engineers, five of them experts from Singapore.")
    field(tab, label("capital_usd")).fill("400000")
    field(tab, label("staff_total")).fill("25")
    field(tab, label("operation_start")).fill("2027-04-01")
    button(tab, language, "Save and continue").click()
    tab.wait_for_load_state()


def _documents_step(walk, language, folder):
    from investors.applications.forms import DocumentForm

    tab = walk.tab
    uploads = [("registration", make_png(folder)), ("proposal", make_pdf(folder, "proposal.pdf")),
               ("financial", make_pdf(folder, "financial.pdf"))]  # fmt: skip
    for kind, path in uploads:
        field(tab, form_label(language, DocumentForm, "kind")).select_option(kind)
        field(tab, form_label(language, DocumentForm, "file")).set_input_files(str(path))
        button(tab, language, "Upload").click()
        tab.wait_for_load_state()
    walk.check("application: documents step")
    link(tab, language, "Continue to review").click()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_foreign_investor_follows_the_checklist_compares_a_unit_with_a_parcel_books_a_visit_and_applies(
    new_page, demo, mailoutbox, tmp_path, language, viewport
):
    from django.utils.translation import override

    from investors.applications.forms import ReviewForm
    from investors.applications.models import InvestmentApplication
    from land.visits.models import VisitBooking

    tab = new_page(viewport, locale="vi-VN" if language == "vi" else "en-GB")
    if VIEWPORTS[viewport]:
        tab.set_viewport_size(VIEWPORTS[viewport])
    walk, paths, main = Walk(tab, viewport), demo[language], tab.locator("main")
    user, unit, parcel_code = demo.create_user(language=language), _available_office(), paths.parcel_code

    # How to invest: every step, then only theirs.
    tab.goto(_how_to_invest_path(language))
    walk.check("how to invest")
    _answer_the_checklist(walk, language)
    _see_only_their_steps(walk, language)
    walk.check("their checklist")

    # Signing in from the checklist comes back to it; they keep it and find it in their account.
    _sign_in_from_the_checklist(walk, language, user)
    _see_only_their_steps(walk, language)
    button(tab, language, "Save to my account").click()
    tab.wait_for_load_state()
    expect(tab.get_by_text(t(language, "The checklist is saved in your account."))).to_be_visible()
    walk.check("checklist saved")
    tab.goto(paths.account)
    saved = tab.locator("main .saved-checklists")
    with override(language):
        described = _answers().describe()
    expect(saved.get_by_role("link", name=described)).to_be_visible()
    walk.check("account with the saved checklist")

    # The office list, a unit and its yearly cost.
    tab.goto(f"{OFFICES[language]}?kind=office")
    walk.check("office list")
    link(main, language, "Unit %(code)s", code=unit.code).click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Unit %(code)s", code=unit.code))
    expect(tab.get_by_role("heading", name=t(language, "Yearly cost of this unit"))).to_be_visible()
    unit_total = _amount(tab.locator(".land-costs__table tfoot tr").first.locator("td strong").first.inner_text())
    walk.check("office unit")

    # Its yearly cost beside a parcel's.
    tab.get_by_label(exact(t(language, "Parcel"))).select_option(parcel_code.lower())
    button(tab, language, "Compare yearly costs").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Compare parcels and office space"))
    costs = tab.locator("table.land-compare--costs")
    expect(costs.locator("thead th a")).to_have_text([parcel_code, unit.code])
    totals = [_amount(text) for text in costs.locator("td.land-compare__total strong").all_inner_texts()]
    assert totals[1] == unit_total and totals[0] > 0, totals  # the unit's total as its page says, and the parcel's
    walk.check("comparison of a parcel and the unit")

    # Back to the unit, and a site visit for it.
    costs.get_by_role("link", name=unit.code).click()
    link(main, language, "Book a visit").click()
    expect(tab.locator("main h1")).to_have_text(t(language, "Book a site visit"))
    walk.check("visits")
    tab.locator("main .visit-slot a.button").first.click()
    form = tab.locator("main form.visit-form")
    expect(form.locator(f"input[name=unit_codes][value='{unit.code}']")).to_be_checked()
    walk.check("visit booking form")
    form.get_by_role("button", name=t(language, "Book this visit")).click()
    tab.wait_for_load_state()
    expect(tab.locator("main .badge.visit-status--confirmed")).to_be_visible()  # signed in: confirmed at once
    expect(tab.locator("main")).to_contain_text(unit.code)
    walk.check("visit booked")
    assert VisitBooking.objects.get(user=user).unit_codes == [unit.code]
    letters = [message for message in mailoutbox if message.to == [user.email]]
    assert len(letters) == 1 and unit.code in letters[0].body
    assert [name for name, *_rest in letters[0].attachments] == ["visit.ics"]

    # Applying for the unit.
    tab.goto(f"{OFFICES[language]}{unit.code.lower()}/")
    link(main, language, "Apply for this unit").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(t(language, "Investment application"))
    walk.check("application: company step")
    _company_step(tab, language)
    walk.check("application: project step")
    _project_step(tab, language)
    unit_box = tab.get_by_role("checkbox", name=re.compile(rf"^{re.escape(unit.code)}\b"))
    expect(unit_box).to_be_checked()  # the unit they applied from is already chosen
    walk.check("application: premises step")
    button(tab, language, "Save and continue").click()
    tab.wait_for_load_state()
    _documents_step(walk, language, tmp_path)
    expect(tab.get_by_role("heading", name=t(language, "Review and submit"))).to_be_visible()
    walk.check("application: review")
    tab.get_by_label(exact(form_label(language, ReviewForm, "consent"))).check()
    button(tab, language, "Submit the application").click()
    tab.wait_for_load_state()

    application = InvestmentApplication.objects.get(applicant=user)
    assert (application.status, application.unit_codes, application.country.code) == ("submitted", [unit.code], "SG")
    expect(tab.locator(".status-badge")).to_have_text(status_label(language, "submitted"))
    requested = tab.locator("main dt", has_text=exact(t(language, "Requested office units")))
    expect(requested.locator("xpath=following-sibling::dd[1]")).to_have_text(unit.code)
    walk.check("submitted application")

    assert walk.problems == [], "\n".join(walk.problems)
