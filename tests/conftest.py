"""Shared fixtures: the bilingual site tree, users, and service detection.

Tests marked `postgres` or `elasticsearch` skip when the service is not configured, unless
REQUIRE_SERVICES=1 (as in CI), where a missing service fails the run instead.
"""

import contextlib
import os
import uuid

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
    # The seed tests share one seeded database: run them one after another, after the other database
    # tests but before the transactional ones, whose flush would empty it (see SeededDemo).
    rest = [item for item in items if not _uses_seeded_demo(item)]
    first_transactional = next((n for n, item in enumerate(rest) if _transactional(item)), len(rest))
    items[:] = (
        rest[:first_transactional] + [item for item in items if _uses_seeded_demo(item)] + rest[first_transactional:]
    )


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


def pytest_runtest_setup(item):
    if _uses_seeded_demo(item) and _seeded_demo_database is not None:
        _seeded_demo_database.ensure()  # before the test's transaction opens
    for marker_name in ("postgres", "elasticsearch"):
        if item.get_closest_marker(marker_name) is None:
            continue
        reason = _service_missing(marker_name)
        if reason and REQUIRE_SERVICES:
            pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
        elif reason:
            pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def private_search_indices(worker_id):
    """Each xdist worker of each run writes its own Elasticsearch indices: a rebuild on one worker (the
    seed tests reindex the demo) swaps and deletes only its own, never an index another worker reads."""
    previous = settings.ELASTICSEARCH_INDEX_PREFIX
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test_{worker_id}_{uuid.uuid4().hex[:8]}"
    yield settings.ELASTICSEARCH_INDEX_PREFIX
    if settings.ELASTICSEARCH_URL:
        from search.elastic.indices import drop_all

        with contextlib.suppress(Exception):  # Elasticsearch gone already: its indices went with it
            drop_all()
    settings.ELASTICSEARCH_INDEX_PREFIX = previous


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


# --- The demo database shared by the seed tests ------------------------------------------------------
# Seeding the demo takes a minute; the seed tests (tests/*/test_seed*.py, marked xdist_group("seed") so
# one xdist worker runs them all) ask for `seeded_demo` and share one seeded database. Each test still
# runs in its own rolled-back transaction. After the last test that uses it, the demo is removed again
# (flush, then the rows migrations create are restored), so no other test meets demo content.

_seeded_demo_database = None


def _uses_seeded_demo(item):
    return "seeded_demo" in getattr(item, "fixturenames", ())


class SeededDemo:
    """The database after `seed_demo`, seeded on demand and removed when the seed tests are done."""

    def __init__(self, blocker):
        self.blocker = blocker
        self.ready = False
        self.error = None  # a failed seed is not retried for every test
        self.counts = None  # rows per model right after seeding

    def ensure(self):
        if self.ready:
            return
        if self.error is not None:
            raise RuntimeError("seed_demo failed for an earlier test; see its error") from self.error
        from django.core.management import call_command
        from django.db import connection

        from wagtail.models import Page

        with self.blocker.unblock():
            self.migrated_state = getattr(connection, "_test_serialized_contents", None) or (
                connection.creation.serialize_db_to_string()
            )
            if not Page.objects.exists():
                # A transactional test on this worker flushed every table (each such test restores them
                # only when it starts): bring back what the migrations create before seeding.
                connection.creation.deserialize_db_from_string(self.migrated_state)
            try:
                call_command("seed_demo", verbosity=0)
            except Exception as error:
                self.error = error  # seeding runs in one transaction: nothing was left behind
                raise
            self.counts = model_counts()
        self.ready = True

    def drop(self):
        if not self.ready:
            return
        from django.core.management import call_command
        from django.db import connection

        with self.blocker.unblock():
            # Sequences keep counting (as after a transactional test): the restored rows keep their ids
            # and new rows must not be given those ids again.
            call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False)
            connection.creation.deserialize_db_from_string(self.migrated_state)
        self.ready = False

    @property
    def homes(self):
        """{"vi": HomePage, "en": HomePage} of the seeded site."""
        from home.models import HomePage

        return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


def model_counts():
    """Rows per model of the project's apps and of Wagtail's content tables."""
    from django.apps import apps

    labels = {"accounts", "home", "investors", "applications", "land", "visits", "training", "transparency"}
    labels |= {"wagtailcore", "wagtailimages", "auth"}
    return {model._meta.label: model.objects.count() for model in apps.get_models() if model._meta.app_label in labels}


@pytest.fixture(scope="session")
def _seeded_demo_session(django_db_setup, django_db_blocker):
    global _seeded_demo_database
    _seeded_demo_database = SeededDemo(django_db_blocker)
    _seeded_demo_database.ensure()
    yield _seeded_demo_database
    _seeded_demo_database.drop()  # still on the test database: this runs before django_db_setup's teardown


@pytest.fixture
def seeded_demo(_seeded_demo_session, db):
    """The seeded demo database (shared; changes a test makes are rolled back after it)."""
    return _seeded_demo_session


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)  # the test's own transaction is rolled back first
    finally:
        # At the end of the session (nextitem None) the session fixture removes the demo instead, before
        # the test database is torn down and the settings point to the real database again.
        last = nextitem is not None and not _uses_seeded_demo(nextitem)
        if _uses_seeded_demo(item) and last and _seeded_demo_database is not None:
            _seeded_demo_database.drop()
