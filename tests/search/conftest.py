"""Fixtures for the search tests: the indexed corpus, and a private Elasticsearch index prefix per test."""

import uuid

import pytest

from .corpus import build_corpus


@pytest.fixture
def corpus(site_tree, settings):
    settings.ELASTICSEARCH_URL = ""
    return build_corpus(site_tree)


@pytest.fixture
def es_prefix(settings):
    """A unique index prefix for one test; its indices are deleted afterwards."""
    from search.elastic.indices import drop_all

    settings.ELASTICSEARCH_INDEX_PREFIX = f"test_{uuid.uuid4().hex[:12]}"
    yield settings.ELASTICSEARCH_INDEX_PREFIX
    drop_all()
