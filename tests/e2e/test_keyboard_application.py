"""An investor completes the first steps of the application form with the keyboard alone.

No clicks: Tab, Shift+Tab, Enter, Space, arrow keys and typing. Focus must always be visible and move in
reading order; after a validation error the summary is shown and each wrong field, reached by Tab,
announces its own error. Vietnamese and English on a desktop.
"""

import pytest

from ._helpers_applications import form_label, t

pytestmark = pytest.mark.e2e

COMPANY_FIELDS = [
    "id_company_name",
    "id_country",
    "id_registration_number",
    "id_company_address",
    "id_representative_name",
    "id_representative_title",
    "id_contact_email",
    "id_contact_phone",
]
FOCUS_STATE = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  // A date field's focus sits on one of its parts (day, month, year), which Chromium highlights itself.
  const dateField = element.matches("input[type=date]");
  return {id: element.id, tag: element.tagName.toLowerCase(), text: element.innerText || "",
          visible: dateField || (element.matches(":focus-visible") && (outlined || style.boxShadow !== "none"))};
}"""


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _focus(tab):
    return tab.evaluate(FOCUS_STATE)


def _tab_until(tab, element_id, key="Tab", limit=40):
    """Press `key` until `element_id` has focus; returns every focus stop on the way (each must be visible)."""
    stops = []
    for _ in range(limit):
        tab.keyboard.press(key)
        state = _focus(tab)
        assert state["visible"], f"focus on {state} is not visible"
        stops.append(state["id"] or state["tag"])
        if state["id"] == element_id:
            return stops
    raise AssertionError(f"{element_id} never received focus; stops: {stops}")


def _enter_main_through_the_skip_link(tab):
    tab.keyboard.press("Tab")
    state = tab.evaluate("() => [document.activeElement.className, document.activeElement.outerHTML.slice(0, 120)]")
    assert state[0] == "skip-link", f"the skip link comes first, not {state[1]}"
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"


def _type_into(tab, element_id, text):
    _tab_until(tab, element_id)
    tab.keyboard.press("Control+A")
    tab.keyboard.type(text)


def _press_the_button(tab, language, label):
    state, stops = _focus(tab), []
    for _ in range(200):  # the premises step lists every available parcel and office unit before its buttons
        if state["tag"] == "button" and state["text"].strip() == t(language, label):
            break
        tab.keyboard.press("Tab")
        state = _focus(tab)
        stops.append(state["id"] or state["text"][:30])
    assert state["text"].strip() == t(language, label), f"the button was never reached: {stops}"
    assert state["visible"]
    with tab.expect_navigation():
        tab.keyboard.press("Enter")


def _company_step_with_a_mistake(tab, language):
    from investors.applications.forms import CompanyForm

    _enter_main_through_the_skip_link(tab)
    stops = _tab_until(tab, "id_contact_phone")
    assert [stop for stop in stops if stop in COMPANY_FIELDS] == COMPANY_FIELDS, "fields in reading order"
    backwards = ["id_contact_email", "id_representative_title", "id_representative_name", "id_company_address"]
    assert _tab_until(tab, "id_company_address", key="Shift+Tab") == backwards
    tab.keyboard.type("Lô B2, Khu công viên phần mềm, Đà Lạt")
    _tab_until(tab, "id_country", key="Shift+Tab")
    tab.keyboard.press("ArrowDown")  # the first country after the empty choice
    assert tab.locator("#id_country").input_value() == "VN"
    _press_the_button(tab, language, "Save and continue")  # company name and number still missing

    expect(tab.get_by_role("alert").first).to_have_text(
        t(language, "Please correct the answers marked below. What you typed has been kept.")
    )
    _tab_until(tab, "id_company_name")  # from wherever the browser resumes Tab, the wrong field is reached
    name = tab.get_by_label(form_label(language, CompanyForm, "company_name"))
    expect(name).to_be_focused()
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(name).to_have_accessible_description(t(language, "This field is required."))
    tab.keyboard.type("Công ty TNHH Bàn phím Lâm Đồng")
    _type_into(tab, "id_registration_number", "5807654321")
    _type_into(tab, "id_contact_phone", "+84 263 3822 999")
    assert tab.locator("#id_company_address").input_value() == "Lô B2, Khu công viên phần mềm, Đà Lạt", "kept"
    _press_the_button(tab, language, "Save and continue")


def _project_step(tab, language):
    _tab_until(tab, "id_sector")
    tab.keyboard.press("ArrowDown")
    _type_into(tab, "id_project_title", "Xưởng phần mềm Langbiang")
    _type_into(tab, "id_description", "Gia công phần mềm cho doanh nghiệp Nhật Bản.")
    _type_into(tab, "id_capital_usd", "800000")
    _type_into(tab, "id_staff_total", "45")
    _tab_until(tab, "id_operation_start")
    tab.keyboard.type("06012027")  # mm/dd/yyyy in this browser's en-US locale
    assert tab.locator("#id_operation_start").input_value() == "2027-06-01"
    _press_the_button(tab, language, "Save and continue")


def _land_step(tab, language):
    _tab_until(tab, "id_parcel_codes_0")
    tab.keyboard.press("Space")
    assert tab.locator("#id_parcel_codes_0").is_checked()
    _press_the_button(tab, language, "Save and continue")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_first_application_steps_can_be_completed_with_the_keyboard_alone(new_page, demo, language):
    from investors.applications.models import InvestmentApplication

    investor = demo.create_user(language=language)
    tab = new_page("desktop", locale="en-US")
    demo.sign_in(tab, investor.email, language=language, password=investor.raw_password)
    tab.goto(demo[language].apply)
    expect(tab.locator("#step-heading")).to_have_text(t(language, "Company"))

    _company_step_with_a_mistake(tab, language)
    expect(tab.locator("#step-heading")).to_have_text(t(language, "Project"))
    _project_step(tab, language)
    expect(tab.locator("#step-heading")).to_have_text(t(language, "Premises"))
    _land_step(tab, language)
    expect(tab.locator("#step-heading")).to_have_text(t(language, "Documents"))

    draft = InvestmentApplication.objects.get(applicant=investor)
    assert (draft.status, draft.company_name, draft.country, draft.registration_number) == (
        "draft",
        "Công ty TNHH Bàn phím Lâm Đồng",
        "VN",
        "5807654321",
    )
    assert (draft.sector, draft.staff_total, len(draft.parcel_codes)) == ("software_production", 45, 1)
