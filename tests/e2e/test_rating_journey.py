"""Satisfaction ratings in the browser, in both languages: an applicant whose file was decided rates the
service from the e-mailed link, without signing in, and the rating counts on the transparency page.
Axe checks the rating pages on the way."""

import re
from urllib.parse import urlparse

from django.utils import timezone, translation

import pytest

from ._helpers_applications import button, t
from .test_accessibility import _blocking_violations

pytestmark = pytest.mark.e2e

LINK = re.compile(r"https?://\S+/rate/\S+/")


def _no_axe_problems(tab):
    problems = _blocking_violations(tab)
    assert not problems, problems


def _decided_application(demo, language, mailoutbox):
    from tests.factories.applications import ApplicationFactory, move

    applicant = demo.create_user(language=language)
    application = move(
        ApplicationFactory(applicant=applicant), "submit", "start_screening", "start_appraisal", "approve"
    )
    letter = next(m for m in mailoutbox if m.to == [applicant.email] and LINK.search(m.body))
    return application, urlparse(LINK.search(letter.body).group(0)).path


def _rated_this_month(tab, language):
    """The number of answers shown for investment applications this month (0 without a row)."""
    from ratings.metrics import month_label
    from ratings.models import Service

    with translation.override(language):
        label = f"{Service.APPLICATION.label} – {month_label(timezone.localdate())}"
    row = tab.locator("tr", has=tab.locator("th[scope=row]", has_text=label))
    if row.count() == 0:
        return 0
    return int(re.sub(r"\D", "", row.first.locator("td").first.inner_text()))


def _fresh_transparency_page(tab, demo, language):
    """The transparency page with figures computed now (they are cached for minutes: docs/transparency.md)."""
    from core.page_cache import store
    from transparency.services import clear_cache

    clear_cache()
    store.clear()
    tab.goto(demo.url + demo[language].transparency)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_applicant_rates_a_decision_from_the_link_and_it_counts_on_the_transparency_page(
    page, demo, mailoutbox, language
):
    application, link = _decided_application(demo, language, mailoutbox)
    _fresh_transparency_page(page, demo, language)
    before = _rated_this_month(page, language)

    page.goto(demo.url + link)
    assert page.get_by_role("heading", name=t(language, "Rate our service")).is_visible()
    assert page.get_by_text(application.reference).first.is_visible()
    _no_axe_problems(page)
    page.get_by_label(t(language, "5 – very satisfied")).check()
    page.get_by_label(re.compile(re.escape(t(language, "Comment (optional)")))).fill("Nhanh và rõ ràng.")
    button(page, language, "Send my rating").click()
    page.wait_for_load_state()
    assert page.get_by_text(t(language, "Thank you: your rating was recorded.")).is_visible()
    _no_axe_problems(page)

    page.goto(demo.url + link)  # the link again: the answer is shown, not a second form
    assert page.get_by_role("button", name=t(language, "Send my rating")).count() == 0

    _fresh_transparency_page(page, demo, language)
    heading = t(language, "Users satisfied with the park's services")
    assert page.get_by_role("heading", name=re.compile(re.escape(heading))).is_visible()
    assert _rated_this_month(page, language) == before + 1
