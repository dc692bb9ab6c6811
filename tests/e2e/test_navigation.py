"""A visitor can switch language, knows which language a page is in, and can navigate by keyboard or on a phone.

Each test walks several pages of the demo seeded once per session (the `demo` fixture).
"""

from urllib.parse import urlparse

from django.utils import translation

import pytest

pytestmark = pytest.mark.e2e

OTHER_LANGUAGE = {"vi": "en", "en": "vi"}
TRANSLATED_PAGES = ["home", "about", "news_index", "news_article"]


def _path(url):
    return urlparse(url).path


@pytest.mark.parametrize("language", ["vi", "en"])
def test_language_switcher_leads_to_the_translation_of_the_current_page(page, demo, language):
    other = OTHER_LANGUAGE[language]
    arrived = {}
    for name in TRANSLATED_PAGES:
        page.goto(getattr(demo[language], name))
        page.locator(f".language-switcher a[hreflang='{other}']").click()
        page.wait_for_load_state()
        html_lang = page.locator("html").get_attribute("lang")
        current = page.locator(".language-switcher__current").get_attribute("lang")
        arrived[name] = (_path(page.url), html_lang, current)

    assert arrived == {name: (getattr(demo[other], name), other, other) for name in TRANSLATED_PAGES}


def test_every_first_page_declares_its_language_on_the_html_element(page, demo):
    declared = {}
    for language in ("vi", "en"):
        for name, path in demo[language].first_pages().items():
            page.goto(path)
            declared[(language, name)] = page.locator("html").get_attribute("lang")

    assert declared == {key: key[0] for key in declared}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_first_tab_reaches_the_translated_skip_link_which_moves_focus_to_the_main_content(page, demo, language):
    with translation.override(language):
        label = translation.gettext("Skip to main content")
    page.goto(demo[language].home)

    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    assert skip_link.get_attribute("class") == "skip-link"
    assert skip_link.is_visible()
    assert skip_link.inner_text() == label
    assert language == "en" or label != "Skip to main content", "the Vietnamese skip link is not translated"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_menu_button_opens_and_escape_closes_the_navigation_on_a_phone(mobile_page, demo):
    from playwright.sync_api import expect

    for language in ("vi", "en"):
        mobile_page.goto(demo[language].home)
        toggle = mobile_page.locator(".nav-toggle")
        navigation = mobile_page.locator("#site-nav")
        expect(toggle).to_be_visible()
        expect(navigation).to_be_hidden()

        toggle.tap()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        expect(navigation).to_be_visible()
        expect(navigation.locator(".site-nav__list a").first).to_be_visible()

        mobile_page.keyboard.press("Escape")
        expect(navigation).to_be_hidden()
        expect(toggle).to_be_focused()
