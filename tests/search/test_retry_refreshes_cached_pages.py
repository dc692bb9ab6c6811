"""When queued index updates catch up, cached search pages stop showing the lagging results."""

import pytest

from core import search_registry as registry
from core.page_cache import store
from search import indexing
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db


def test_a_successful_retry_starts_a_new_page_cache_generation(monkeypatch):
    provider = next(iter(registry.providers()))
    PendingIndexUpdate.objects.create(provider=provider.name, object_key="1", last_error="connection refused")
    monkeypatch.setattr(indexing, "push_to_elasticsearch", lambda provider, key, entries: True)
    before = store.current_generation()

    assert indexing.retry_pending() == (1, 1)  # push is stubbed: the row stays, the write counted
    assert store.current_generation() != before


def test_a_retry_that_still_fails_keeps_the_cached_pages(monkeypatch):
    provider = next(iter(registry.providers()))
    PendingIndexUpdate.objects.create(provider=provider.name, object_key="1", last_error="connection refused")
    monkeypatch.setattr(indexing, "push_to_elasticsearch", lambda provider, key, entries: False)
    before = store.current_generation()

    assert indexing.retry_pending() == (0, 1)
    assert store.current_generation() == before
