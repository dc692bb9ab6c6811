"""The page-cache middleware: answers repeat anonymous requests for public pages without running a view."""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost

from . import policy, store

logger = logging.getLogger(__name__)

HEADER = "X-Cache"


class AnonymousPageCacheMiddleware:
    """Serve and store whole responses for anonymous visitors of public pages.

    Sits just inside WhiteNoise, so a hit skips sessions, authentication, the view and the
    templates. Every response says what happened in `X-Cache`: `hit`, `miss` (rendered and stored)
    or `bypass` (not cacheable: signed in, a form, a cookie, an excluded path, a POST…).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self._marked(self.get_response(request), "bypass")
        cached = store.fetch(key)
        if cached is not None:
            return self._marked(cached, "hit")
        response = self.get_response(request)
        if policy.response_is_cacheable(request, response) and store.save(key, response):
            return self._marked(response, "miss")
        return self._marked(response, "bypass")

    def _key(self, request):
        """The cache key for this request, or None when it must not be served from or stored in the cache."""
        if not settings.PAGE_CACHE_TIMEOUT or not policy.request_is_cacheable(request):
            return None
        try:
            return store.key_for(request, store.current_generation())
        except DisallowedHost:  # the normal path answers 400
            return None
        except Exception:  # an unreadable cache must never break the site
            logger.exception("Page cache unavailable; serving uncached")
            return None

    @staticmethod
    def _marked(response, outcome):
        response[HEADER] = outcome
        return response
