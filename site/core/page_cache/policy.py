"""Which requests may be answered from the page cache, and which responses may be stored in it.

The rules are deliberately conservative: a page is shared between visitors only when nothing in the
request can make it personal (no session, no other cookie, no credentials) and nothing in the
response says it is personal (a cookie being set, such as a CSRF token for a form or a message,
`Cache-Control: private/no-cache/no-store`, or a `Vary` on anything but the language and cookies).
"""

import re
from functools import lru_cache

from django.conf import settings

CACHEABLE_STATUS = 200
MAX_URL_LENGTH = 2000
# Headers a response may vary on and still be shared: the URL already fixes the language, and only
# cookie-less requests are served from the cache.
SHAREABLE_VARY = {"cookie", "accept-language", "accept-encoding"}
PERSONAL_CACHE_CONTROL = ("private", "no-cache", "no-store")


@lru_cache(maxsize=1)
def _public_path():
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(rf"^/(?:{languages})/")


@lru_cache(maxsize=1)
def _excluded_paths():
    return [re.compile(pattern) for pattern in settings.PAGE_CACHE_EXCLUDED_PATHS]


def is_public_path(path):
    """A language-prefixed page that is not on the never-cache list (accounts, applications…)."""
    if not _public_path().match(path):
        return False
    return not any(pattern.search(path) for pattern in _excluded_paths())


def _has_private_cookies(request):
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return any(name not in harmless for name in request.COOKIES)


def request_is_cacheable(request):
    """An anonymous GET or HEAD for a public page, from a visitor with no session or other state."""
    return (
        request.method in ("GET", "HEAD")
        and len(request.get_full_path()) <= MAX_URL_LENGTH
        and is_public_path(request.path_info)
        and "HTTP_AUTHORIZATION" not in request.META
        and not _has_private_cookies(request)
    )


def _varies_only_on_shareable_headers(response):
    if not response.has_header("Vary"):
        return True
    headers = {header.strip().lower() for header in response["Vary"].split(",")}
    return headers <= SHAREABLE_VARY


def response_is_cacheable(request, response):
    """A complete 200 page for a GET that sets no cookie and is not marked personal."""
    cache_control = response.get("Cache-Control", "").lower()
    return (
        request.method == "GET"
        and response.status_code == CACHEABLE_STATUS
        and not response.streaming
        and not response.cookies
        and not response.has_header("Set-Cookie")
        and not any(word in cache_control for word in PERSONAL_CACHE_CONTROL)
        and _varies_only_on_shareable_headers(response)
    )
