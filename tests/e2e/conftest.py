"""Browser journeys: pytest-django's live server, Playwright's sync API and Debian's chromium.

The `demo` fixture (use it in every browser test): the FULL demo (`seed_demo`, demo accounts included)
is seeded ONCE per test session into the test database, and the database is NOT flushed between tests.
So tests must not depend on each other: each creates its own users (`demo.create_user()`, unique
e-mails) and never relies on what another test changed. `demo.url` is the live server, `demo["vi"]` /
`demo["en"]` hold the paths of the pages a visitor meets (see `DemoPaths`), `demo.sign_in(page, "officer")`
signs a demo account in (README's accounts, password `dalat-demo-2026`), `demo.sign_in_admin(page, ...)`
opens the admin as staff do (the sign-in form it leads to, then the code of the README's demo
authenticator). `new_page("phone", locale="vi-VN")` opens another tab in its own browser context
(own cookies: a second person), `VIEWPORTS` names "desktop" and "phone".
Database access in tests works without a `django_db` mark (legacy marks are harmless: they no longer
flush). With ELASTICSEARCH_URL set, the session uses its own index prefix, builds the index after seeding
and drops it at the end.

Playwright's sync API runs an event loop in this thread, so Django's async-safety guard is switched off
while browser tests run — only then: this conftest is imported by every run, and the variable must not
leak into other tests (e.g. subprocesses running `check --deploy`). A failing test leaves a full-page
screenshot of every tab it opened in test-results/ (`page`, `mobile_page` and `new_page()` tabs alike).
"""

import io
import os
import re
import shutil
import uuid

import pytest

from ._demo import DEMO_PASSWORD, Demo, collect_paths, create_verified_user

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DESKTOP_VIEWPORT = {"width": 1280, "height": 900}
MOBILE_VIEWPORT = {"width": 390, "height": 844}
VIEWPORTS = {
    "desktop": {"viewport": DESKTOP_VIEWPORT},
    "phone": {"viewport": MOBILE_VIEWPORT, "has_touch": True, "is_mobile": True},
}

__all__ = ["DEMO_PASSWORD", "VIEWPORTS"]


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
def django_db_setup(django_db_setup, django_db_blocker, async_unsafe_allowed):
    """pytest-django's test database, then the full demo seeded once (and indexed when Elasticsearch is on)."""
    from django.conf import settings
    from django.core.management import call_command

    previous_prefix = settings.ELASTICSEARCH_INDEX_PREFIX
    if settings.ELASTICSEARCH_URL:
        settings.ELASTICSEARCH_INDEX_PREFIX = f"e2e_{uuid.uuid4().hex[:12]}"
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=io.StringIO())
        if settings.ELASTICSEARCH_URL:
            from search.indexing import rebuild_all

            rebuild_all()
    yield
    if settings.ELASTICSEARCH_URL:
        from search.elastic.indices import drop_all

        drop_all()
    settings.ELASTICSEARCH_INDEX_PREFIX = previous_prefix


@pytest.fixture
def _django_db_helper(django_db_setup, django_db_blocker):
    """Replaces pytest-django's per-test flush/rollback: browser tests share the seeded-once database."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(autouse=True)
def _live_server_helper(request, django_db_blocker):
    """Replaces pytest-django's helper, which would request `transactional_db` (a flush after every test).

    The live server thread and the test both reach the seeded-once database instead.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("django_db_setup")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    with django_db_blocker.unblock():
        yield
    live_server._live_server_modified_settings.disable()


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


def _failed(request):
    return any(
        getattr(request.node, f"report_{when}", None) is not None and getattr(request.node, f"report_{when}").failed
        for when in ("setup", "call")
    )


def _screenshot(request, tab, index):
    folder = request.config.rootpath / "test-results"
    folder.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
    suffix = f"-{index}" if index else ""
    try:
        tab.screenshot(path=str(folder / f"{name}{suffix}.png"), full_page=True)
    except Exception as error:  # noqa: BLE001 — a closed tab must not hide the test's own failure
        request.node.warn(pytest.PytestWarning(f"no screenshot for tab {index}: {error}"))


@pytest.fixture
def new_page(request, browser, live_server):
    """Factory: `new_page("phone")` opens a tab in a fresh browser context (own cookies) on the live server.

    Every tab opened here (and by `page` / `mobile_page`) is screenshotted when the test fails.
    """
    contexts = []

    def open_tab(viewport="desktop", **context_options):
        context = browser.new_context(base_url=live_server.url, **VIEWPORTS[viewport], **context_options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    tabs = [tab for context in contexts for tab in context.pages]
    if _failed(request):
        for index, tab in enumerate(tabs):
            _screenshot(request, tab, index)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop browser tab on the live server; relative URLs work with page.goto()."""
    return new_page("desktop")


@pytest.fixture
def mobile_page(new_page):
    """A phone-sized browser tab (390x844, touch) on the live server."""
    return new_page("phone")


@pytest.fixture(scope="session")
def _demo_session(django_db_setup, django_db_blocker, live_server):
    with django_db_blocker.unblock():
        paths = collect_paths()
    return Demo(url=live_server.url, paths=paths)


@pytest.fixture
def demo(_demo_session, live_server, django_db_blocker):
    """The seeded-once demo: `demo.url`, `demo["vi"].parcel`, `demo.sign_in(page, "officer")`, `demo.create_user()`."""
    with django_db_blocker.unblock():
        yield _demo_session


@pytest.fixture
def verified_user(demo):
    """A fresh signed-up investor whose address is verified (unique e-mail); password DEMO_PASSWORD."""
    return create_verified_user()


@pytest.fixture
def demo_site(demo):
    """Older name kept for existing tests: {"vi": paths, "en": paths} of the first pages of the seeded-once demo."""
    return {language: paths.first_pages() for language, paths in demo.paths.items()}
