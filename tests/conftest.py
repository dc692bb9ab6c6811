"""Shared fixtures: the bilingual site tree, users, and service detection.

Tests marked `postgres` or `elasticsearch` skip when the service is not configured, unless
REQUIRE_SERVICES=1 (as in CI), where a missing service fails the run instead.
"""

import os

from django.conf import settings

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def _service_missing(marker_name):
    if marker_name == "postgres":
        return (
            None if settings.DATABASES["default"]["ENGINE"].endswith("postgresql") else "DATABASE_URL is not PostgreSQL"
        )
    if marker_name == "elasticsearch":
        return None if settings.ELASTICSEARCH_URL else "ELASTICSEARCH_URL is not set"
    return None


def pytest_collection_modifyitems(config, items):
    """Transactional tests flush every table afterwards, including rows that migrations create (staff
    groups, Wagtail's root page, locales and collection); restore them so later tests on the same
    worker see a normal database."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            kwargs = {**marker.kwargs, "serialized_rollback": True}
            item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)


def pytest_runtest_setup(item):
    for marker_name in ("postgres", "elasticsearch"):
        if item.get_closest_marker(marker_name) is None:
            continue
        reason = _service_missing(marker_name)
        if reason and REQUIRE_SERVICES:
            pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
        elif reason:
            pytest.skip(reason)


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language (Vietnamese), whatever an earlier test activated."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_page_cache(settings):
    """Tests see every view render (query counts, fresh data); tests/core/test_page_cache.py turns the
    page cache on. Cached pages live in files that outlast a test's transaction: start without any."""
    from core.page_cache.store import clear

    settings.PAGE_CACHE_TIMEOUT = 0
    clear()


@pytest.fixture
def site_tree(db):
    """The bilingual page tree from the home app's seed step: {"vi": HomePage, "en": HomePage}."""
    from core.seeding import SeedContext
    from home.demo.seeding import seed_site

    context = SeedContext()
    seed_site(context)
    return context.homes
