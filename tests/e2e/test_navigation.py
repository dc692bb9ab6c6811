"""A visitor can switch language, knows which language a page is in, and can navigate by keyboard or on a phone."""

from urllib.parse import urlparse

from django.utils import translation

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

OTHER_LANGUAGE = {"vi": "en", "en": "vi"}


def _path(url):
    return urlparse(url).path


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("page_name", ["home", "about", "news_index", "news_article"])
def test_language_switcher_leads_to_the_translation_of_the_current_page(page, demo_site, language, page_name):
    other = OTHER_LANGUAGE[language]
    page.goto(getattr(demo_site[language], page_name))

    page.locator(f".language-switcher a[hreflang='{other}']").click()

    assert _path(page.url) == getattr(demo_site[other], page_name)
    assert page.locator("html").get_attribute("lang") == other
    assert page.locator(".language-switcher__current").get_attribute("lang") == other


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_first_page_declares_its_language_on_the_html_element(page, demo_site, language):
    wrong = {}
    for name, path in demo_site[language].items():
        page.goto(path)
        declared = page.locator("html").get_attribute("lang")
        if declared != language:
            wrong[f"{name} {path}"] = declared

    assert wrong == {}


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content(page, demo_site):
    page.goto(demo_site["en"].home)

    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    assert skip_link.get_attribute("class") == "skip-link"
    assert skip_link.is_visible()
    assert skip_link.inner_text() == "Skip to main content"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_skip_link_is_translated_on_vietnamese_pages(page, demo_site):
    with translation.override("vi"):
        vietnamese = translation.gettext("Skip to main content")
    page.goto(demo_site["vi"].home)

    page.keyboard.press("Tab")

    assert vietnamese != "Skip to main content"
    assert page.locator(":focus").inner_text() == vietnamese


@pytest.mark.parametrize("language", ["vi", "en"])
def test_menu_button_opens_and_escape_closes_the_navigation_on_a_phone(mobile_page, demo_site, language):
    from playwright.sync_api import expect

    mobile_page.goto(demo_site[language].home)
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
