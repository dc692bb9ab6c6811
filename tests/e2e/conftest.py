"""Browser journeys: pytest-django's live server, Playwright's sync API and Debian's chromium.

Every test gets the bilingual demo site seeded into a fresh transactional database (the live server
thread must see committed data). Playwright's sync API runs an event loop in this thread, so Django's
async-safety guard is switched off while browser tests run — only then: this conftest is imported by
every run, and the variable must not leak into other tests (e.g. subprocesses running `check --deploy`).
A failing test leaves a full-page screenshot in test-results/.
"""

import os
import re
import shutil
from dataclasses import dataclass

import pytest

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MOBILE_VIEWPORT = {"width": 390, "height": 844}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item so fixtures can tell whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="session")
def async_unsafe_allowed():
    """Let Django touch the database while Playwright's event loop runs in this thread."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="session")
def browser(async_unsafe_allowed):
    """One chromium for the whole run."""
    if shutil.which(CHROMIUM) is None:
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _screenshot_if_failed(request, page):
    report = getattr(request.node, "report_call", None)
    if report is None or not report.failed:
        return
    folder = request.config.rootpath / "test-results"
    folder.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _open_page(request, browser, live_server, **context_options):
    context = browser.new_context(base_url=live_server.url, **context_options)
    context.set_default_timeout(15_000)
    return context, context.new_page()


@pytest.fixture
def page(request, browser, live_server):
    """A desktop browser tab on the live server; relative URLs work with page.goto()."""
    context, tab = _open_page(request, browser, live_server, viewport={"width": 1280, "height": 900})
    yield tab
    _screenshot_if_failed(request, tab)
    context.close()


@pytest.fixture
def mobile_page(request, browser, live_server):
    """A phone-sized browser tab (390x844, touch) on the live server."""
    context, tab = _open_page(request, browser, live_server, viewport=MOBILE_VIEWPORT, has_touch=True, is_mobile=True)
    yield tab
    _screenshot_if_failed(request, tab)
    context.close()


@dataclass
class DemoPaths:
    """Paths of the seeded pages a visitor meets first, for one language."""

    home: str
    about: str
    news_index: str
    news_article: str
    search: str
    sign_in: str
    sign_up: str

    def items(self):
        return vars(self).items()


def _paths_for(home, language_code, about_slug, news_slug):
    from django.urls import reverse
    from django.utils import translation

    from home.models import NewsPage

    about = home.get_children().get(slug=about_slug)
    news_index = home.get_children().get(slug=news_slug)
    article = NewsPage.objects.child_of(news_index).live().order_by("-date").first()
    with translation.override(language_code):
        return DemoPaths(
            home=home.url,
            about=about.url,
            news_index=news_index.url,
            news_article=article.url,
            search=reverse("search") + "?q=" + ("Đà Lạt" if language_code == "vi" else "park"),
            sign_in=reverse("account_login"),
            sign_up=reverse("account_signup"),
        )


@pytest.fixture
def demo_site(async_unsafe_allowed, transactional_db, live_server):
    """Seed the bilingual demo tree; returns {"vi": DemoPaths, "en": DemoPaths}."""
    from home.demo import seed_site
    from home.seeding import SeedContext

    context = SeedContext()
    seed_site(context)
    return {
        "vi": _paths_for(context.homes["vi"], "vi", "gioi-thieu", "tin-tuc"),
        "en": _paths_for(context.homes["en"], "en", "about", "news"),
    }
