"""The public-service standard in the browser, in both languages: a file looked up by its reference and
PIN without signing in, consent to the privacy notice at sign-up and again when the notice changes.
Axe checks every new page on the way."""

import re

import pytest

from ._demo import unique_email
from ._helpers_applications import button, field, t
from .test_accessibility import _blocking_violations

pytestmark = pytest.mark.e2e

PIN = re.compile(r"PIN (\d{8})")
PASSWORD = "Thong-xanh-Da-Lat-2026"


def _no_axe_problems(tab):
    problems = _blocking_violations(tab)
    assert not problems, problems


def _submitted_application(demo, language, mailoutbox):
    from tests.factories.applications import ApplicationFactory, move

    applicant = demo.create_user(language=language)
    application = move(ApplicationFactory(applicant=applicant), "submit", "start_screening")
    letter = next(message for message in mailoutbox if message.to == [applicant.email])
    return application, PIN.search(letter.body).group(1)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_visitor_tracks_a_file_by_reference_and_pin_without_signing_in(page, demo, mailoutbox, language):
    application, pin = _submitted_application(demo, language, mailoutbox)
    page.goto(f"{demo.url}/{language}/track/")
    _no_axe_problems(page)

    look_up = page.get_by_role("region", name=t(language, "Look up a file"))
    field(look_up, t(language, "Reference number")).fill(application.reference)
    field(look_up, t(language, "PIN")).fill("00000000" if pin != "00000000" else "11111111")
    button(look_up, language, "Look up").click()
    page.wait_for_load_state()
    assert page.get_by_text(
        t(language, "We found no file with this reference number and PIN. Check both and try again.")
    ).is_visible()

    look_up = page.get_by_role("region", name=t(language, "Look up a file"))
    field(look_up, t(language, "Reference number")).fill(application.reference)
    field(look_up, t(language, "PIN")).fill(pin)
    button(look_up, language, "Look up").click()
    page.wait_for_load_state()
    heading = t(language, "File %(reference)s", reference=application.reference)
    assert page.get_by_role("heading", name=heading).is_visible()
    assert page.get_by_text(t(language, "Due date of this step")).is_visible()
    assert page.locator("main").get_by_text(application.company_name).count() == 0
    _no_axe_problems(page)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_sign_up_asks_for_consent_to_the_privacy_notice_and_records_it(page, demo, language):
    from django.contrib.auth import get_user_model

    from accounts.consent import current_notice_version
    from accounts.models import PrivacyConsent

    email = unique_email(f"consent-{language}")
    page.goto(demo.url + demo[language].sign_up)
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.fill("input[name=full_name]", "Lê Thị Hồng")
    _no_axe_problems(page)
    page.locator("main form button[type=submit]").first.click()  # the browser asks for the box first
    consent_box = page.locator("input[name=privacy_consent]")
    assert consent_box.evaluate("box => box.validity.valueMissing")
    assert "/account/signup/" in page.url
    assert not get_user_model().objects.filter(email=email).exists()

    consent_box.check()
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    consent = PrivacyConsent.objects.get(user__email=email)
    assert consent.notice_version == current_notice_version()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_changed_notice_is_accepted_before_the_application_form_opens(page, demo, language):
    user = demo.create_user(language=language)
    user.privacy_consents.update(notice_version="2025-01")  # accepted an earlier version only
    demo.sign_in(page, user.email, language=language)

    page.goto(demo.url + demo[language].apply)
    assert "/account/privacy-consent/" in page.url
    assert page.get_by_role("heading", level=1).inner_text() == t(language, "The privacy notice has changed")
    _no_axe_problems(page)

    page.locator("input[name=accept]").check()
    button(page, language, "Accept and continue").click()
    page.wait_for_load_state()
    assert "/apply/" in page.url and "/step/company/" in page.url
