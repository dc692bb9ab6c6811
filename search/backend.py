"""Which search backend is in use and whether it answers."""

import logging
from functools import lru_cache

from django.conf import settings

logger = logging.getLogger(__name__)


def elasticsearch_enabled():
    """True when ELASTICSEARCH_URL is configured."""
    return bool(settings.ELASTICSEARCH_URL)


@lru_cache(maxsize=4)
def _client(url, timeout):
    """A client of every node listed in `url` (comma-separated): a request a stopped node refuses is
    tried once on each other node, so losing one node of a cluster costs no search."""
    from elasticsearch import Elasticsearch

    nodes = [node.strip() for node in url.split(",") if node.strip()]
    return Elasticsearch(nodes, request_timeout=timeout, retry_on_timeout=False, max_retries=len(nodes) - 1)


def get_client():
    """The shared Elasticsearch client for the configured URL."""
    return _client(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)


def search_backend_status():
    """A small dict for /readyz: the backend's name and whether it is usable."""
    if not elasticsearch_enabled():
        return {"backend": "database", "status": "ok"}
    try:
        health = get_client().options(request_timeout=2).cluster.health()
    except Exception:  # connection refused, timeout, auth: all mean "search degrades to the database"
        logger.warning("Readiness check: Elasticsearch is unavailable", exc_info=True)
        return {
            "backend": "elasticsearch",
            "status": "degraded",
            "elasticsearch": "unavailable",
            "fallback": "database",
        }
    return {"backend": "elasticsearch", "status": "ok", "cluster": health.get("status")}
