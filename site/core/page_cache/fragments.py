"""Parts of the page shell that are the same for every visitor (the footer, the menu), kept per host and
language under the page cache's current generation.

The page cache serves whole pages to anonymous visitors only; signed-in pages (the account, an
application, the wizard) are rendered every time, and before this their shell cost as much as their
content (the footer alone ran 18 queries). Whatever makes cached pages stale starts a new generation
(see invalidation.py), so a fragment is never older than the pages the page cache would serve. With the
page cache off (`PAGE_CACHE_TIMEOUT = 0`: development, most tests) fragments are built every time.
"""

import logging

from django.conf import settings
from django.utils.translation import get_language

from . import store

logger = logging.getLogger(__name__)


def shared(request, name, build, *, language=None):
    """The value `build()` returns, kept for this host (`request`'s), language (the active one unless
    given) and content generation. Without a request the value is kept for every host: only for values
    that hold no absolute URL."""
    if not settings.PAGE_CACHE_TIMEOUT:
        return build()
    try:
        if request is None:
            generation, host = store.current_generation(), "any"
        else:
            memo = request.__dict__.setdefault("_page_cache_generation", [])
            if not memo:
                memo.append(store.current_generation())
            generation, host = memo[0], request.get_host()
        key = f"fragment:{generation}:{name}:{language or get_language()}:{host}"
        value = store.fetch(key)
    except Exception:  # an unreadable cache or a disallowed host: build as if there were no cache
        logger.exception("Page cache unavailable for the %s fragment", name)
        return build()
    if value is None:
        value = build()
        store.save(key, value)
    return value
