"""A trainee joins the waitlist of a full cohort in the browser and gets the seat when a confirmed trainee cancels.

Each run builds its own one-seat cohort and its own two trainees (the demo database is shared by every browser
test and never flushed), in Vietnamese and in English, on the desktop and on a phone.
"""

import re
import uuid

from django.utils import translation
from django.utils.text import capfirst

import pytest

pytestmark = pytest.mark.e2e

MOTIVATION = {
    "vi": "Tôi muốn chuyển sang làm kỹ sư phần mềm tại một công ty trong khu công viên phần mềm.",
    "en": "I want to move into software engineering with one of the companies in the software park.",
}


def _full_cohort(language, confirmed_trainee):
    """A new one-seat cohort of a programme without prerequisites, its seat already taken by `confirmed_trainee`."""
    from tests.factories.training import CohortFactory
    from training import services
    from training.models import ProgrammePage

    programme = ProgrammePage.objects.live().filter(locale__language_code=language, required_programmes=None).first()
    cohort = CohortFactory.for_programme(programme, code=f"E2E-{uuid.uuid4().hex[:8].upper()}", seats=1)
    answers = services.RegistrationAnswers(education="Cử nhân CNTT", current_job="Kiểm thử viên", motivation="x" * 40)
    services.register_trainee(cohort.pk, confirmed_trainee, answers)
    return programme, cohort


def _translated(language, text, **values):
    with translation.override(language):
        return translation.gettext(text) % values


def _status_label(language, status):
    from training.models import RegistrationStatus

    with translation.override(language):
        return capfirst(str(RegistrationStatus(status).label))


def _sign_in_fresh(tab, demo, user, language):
    tab.context.clear_cookies()
    demo.sign_in(tab, user.email, language=language)
    tab.goto(demo[language].account)


def _registration_row(tab, code):
    return tab.locator(".training-dashboard tbody tr", has_text=code)


def _join_waitlist(tab, programme, cohort, language):
    tab.goto(programme.url)
    tab.locator("main .training-cohorts a", has_text=cohort.code).click()
    tab.locator("input[name=education]").fill("Kỹ sư Điện tử, Đại học Đà Lạt")
    tab.locator("input[name=current_job]").fill("Kỹ thuật viên, Công ty Langbiang Tech")
    tab.locator("textarea[name=motivation]").fill(MOTIVATION[language])
    tab.locator("main form.training-form button[type=submit]").click()
    tab.wait_for_load_state()


def _cancel_from_account(tab, cohort):
    _registration_row(tab, cohort.code).get_by_role("link").last.click()
    tab.locator("main form input[name=reason]").fill("Trùng lịch công tác")
    tab.locator("main form button[type=submit]").click()
    tab.wait_for_load_state()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_waitlisted_trainee_is_promoted_and_emailed_when_a_confirmed_trainee_cancels(
    new_page, demo, mailoutbox, language, viewport
):
    from playwright.sync_api import expect

    holder = demo.create_user(full_name="Trần Thị Hồng", language=language)
    waiting = demo.create_user(full_name="Lê Văn Khoa", language=language)
    programme, cohort = _full_cohort(language, holder)
    tab = new_page(viewport)

    _sign_in_fresh(tab, demo, waiting, language)
    _join_waitlist(tab, programme, cohort, language)
    waitlisted = _translated(
        language,
        "%(code)s is full: you are number %(position)s on the waitlist. We will e-mail you if a seat frees.",
        code=cohort.code,
        position=1,
    )
    expect(tab.locator("main")).to_contain_text(waitlisted)
    expect(_registration_row(tab, cohort.code)).to_contain_text(_status_label(language, "waitlisted"))

    _sign_in_fresh(tab, demo, holder, language)
    expect(_registration_row(tab, cohort.code)).to_contain_text(_status_label(language, "confirmed"))
    _cancel_from_account(tab, cohort)
    expect(tab.locator("main")).to_contain_text(
        _translated(language, "Your registration for %(code)s is cancelled.", code=cohort.code)
    )
    expect(_registration_row(tab, cohort.code)).to_contain_text(_status_label(language, "cancelled"))

    _sign_in_fresh(tab, demo, waiting, language)
    row = _registration_row(tab, cohort.code)
    expect(row).to_contain_text(_status_label(language, "confirmed"))
    expect(row).not_to_contain_text(_status_label(language, "waitlisted"))

    subject = _translated(language, "A seat freed up: you are now confirmed in %(code)s", code=cohort.code)
    promotions = [message for message in mailoutbox if message.to == [waiting.email] and subject in message.subject]
    assert len(promotions) == 1, [(message.to, message.subject) for message in mailoutbox]
    assert re.search(rf"\b{re.escape(cohort.code)}\b", promotions[0].body)
