"""Hostile-input harness: a fast deterministic hypothesis profile, a client that reports server errors
as responses, the bilingual world every form lives in, and the checks every response must pass."""

import pytest
from hypothesis import HealthCheck, settings

from .checks import Language

settings.register_profile(
    "hostile",
    derandomize=True,
    deadline=None,
    max_examples=20,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Tests use it with @settings(settings.get_profile("hostile")); loading it globally would change other
# folders' property tests when the whole suite runs in one process.


@pytest.fixture
def client():
    """Django's test client that turns an exception into a 500 response instead of raising it."""
    from django.test import Client

    return Client(raise_request_exception=False)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Policies, land pages with parcels A-12, A-3 and B-7, programmes with cohort WEB-2026-09, news, all
    indexed for the database search (Elasticsearch off so runs are deterministic). Built once per module
    inside a transaction that is rolled back afterwards; each test runs in a savepoint within it."""
    from django.db import transaction
    from django.test import override_settings

    from core.seeding import SeedContext
    from home.demo.seeding import seed_site
    from tests.search.corpus import build_corpus

    with django_db_blocker.unblock(), override_settings(ELASTICSEARCH_URL=""), transaction.atomic():
        context = SeedContext()
        seed_site(context)
        yield {"homes": context.homes, **build_corpus(context.homes)}
        transaction.set_rollback(True)


@pytest.fixture(params=["vi", "en"])
def language(request):
    """Each test runs once in Vietnamese and once in English."""
    return Language(request.param)
