"""A search answered by the database because Elasticsearch failed is never kept in the page cache, so
its "simplified mode" notice and database ordering do not outlive the outage (found by the fault tests)."""

import socket

import pytest

pytestmark = pytest.mark.django_db

NOTICE = "Search is running in a simplified mode"


@pytest.fixture(autouse=True)
def page_cache_on(empty_page_cache, settings):
    """The suite turns the page cache off by default; these tests are about what it keeps."""
    settings.PAGE_CACHE_TIMEOUT = 300


def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_a_fallback_search_page_is_not_served_again_from_the_page_cache(client, corpus, settings):
    settings.ELASTICSEARCH_URL = closed_port_url()

    first = client.get("/en/search/", {"q": "software"})
    second = client.get("/en/search/", {"q": "software"})

    assert NOTICE in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    assert second.headers.get("X-Cache") != "hit"


def test_a_database_search_without_elasticsearch_configured_is_still_cached(client, corpus):
    first = client.get("/en/search/", {"q": "software"})
    second = client.get("/en/search/", {"q": "software"})

    assert NOTICE not in first.content.decode()
    assert (first.headers.get("X-Cache"), second.headers.get("X-Cache")) == ("miss", "hit")
