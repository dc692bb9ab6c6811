"""Where cached pages live: the `pages` cache (files shared by every worker on the host), keyed by
the current content generation and the full URL."""

import hashlib
import logging
import time
import uuid

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
PENDING_KEY = "page-cache:pending-since"


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation():
    """The content generation pages are stored under now; a new one is started if none is stored, or
    when a change noted with `note_pending_change` has waited `PAGE_CACHE_COALESCE_SECONDS`."""
    cache = _cache()
    found = cache.get_many([GENERATION_KEY, PENDING_KEY])
    generation, pending_since = found.get(GENERATION_KEY), found.get(PENDING_KEY)
    if pending_since is not None and time.time() - pending_since >= settings.PAGE_CACHE_COALESCE_SECONDS:
        cache.delete(PENDING_KEY)
        new_generation()  # the changes noted since `pending_since` show from now on
        generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def new_generation():
    """Start a new generation: every page stored so far is no longer served (it expires on its own).

    A random token rather than a counter, so two workers bumping at once can never write the same
    value back and leave a page rendered between their changes in the cache."""
    _cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def note_pending_change():
    """Remember that something changed; the first request after the coalescing window starts a new
    generation. Many changes in one window (a rush of registrations) cost one cold cache, not many."""
    _cache().add(PENDING_KEY, time.time(), timeout=None)


def key_for(request, generation):
    """One key per generation and absolute URL (scheme, host, language prefix, path and query string)."""
    url = request.build_absolute_uri()
    return f"page:{generation}:{hashlib.sha256(url.encode()).hexdigest()}"


def fetch(key):
    try:
        return _cache().get(key)
    except Exception:  # a broken cache must never break the site: serve uncached
        logger.exception("Could not read a page from the page cache")
        return None


def save(key, response):
    try:
        _cache().set(key, response, timeout=settings.PAGE_CACHE_TIMEOUT)
    except Exception:
        logger.exception("Could not store a page in the page cache")
        return False
    return True


def clear():
    """Remove every cached page and the generation (tests, and `manage.py` maintenance)."""
    _cache().clear()
