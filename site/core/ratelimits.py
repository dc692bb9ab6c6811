"""Rate limits on public write and costly endpoints, and the translated "429 Too Many Requests" answer.

Counting is django-ratelimit's: fixed windows counted in Django's "default" cache (a shared cache in
production, so every worker and host counts together). One counter per endpoint group and key: the
signed-in user where there is one, otherwise the client address (`RATELIMIT_IP_META_KEY` points at
the function the sign-in lockout uses too). The rates are settings (`RATE_LIMITS`), so operators tune
them without a deploy of code.

A limited request never becomes a 403 or a 500: `rate_limit` raises `RateLimited` (django-ratelimit's
`Ratelimited`, a `PermissionDenied`, carrying how long to wait) and `RateLimitMiddleware` answers it
with the 429 page (or JSON for endpoints that speak JSON) and a `Retry-After` header. allauth's own
limits (sign-up, sign-in) reach the same page through `handler429` in the URL configuration.
"""

import logging
import math
from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext, ngettext

from django_ratelimit import ALL
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited

logger = logging.getLogger(__name__)

# Signed-in user's id when there is one, otherwise the client address (masked to /64 for IPv6).
RATE_LIMIT_KEY = "user_or_ip"


class RateLimited(Ratelimited):
    """A request over its endpoint's limit; `retry_after` is in seconds, `json_response` picks the body."""

    def __init__(self, retry_after=None, json_response=False):
        super().__init__(gettext("Too many requests"))
        self.retry_after = retry_after
        self.json_response = json_response


def configured_rate(group, request):
    """The rate of a group from `settings.RATE_LIMITS` ("60/m"); None (no limit) when not listed."""
    return settings.RATE_LIMITS.get(group)


def _usage(request, group, method):
    try:
        return get_usage(request, group=group, key=RATE_LIMIT_KEY, rate=configured_rate, method=method, increment=True)
    except Exception:  # a broken shared cache must not take the site down with it: count nothing
        logger.exception("Rate limit counter unavailable for %s; request allowed", group)
        return None


def rate_limit(group, method=ALL, json_response=False):
    """Limit a view to `settings.RATE_LIMITS[group]` requests per key; `method` ("POST", …) narrows
    what counts. Over the limit the view does not run and the visitor gets the 429 answer."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            usage = _usage(request, group, method)
            if usage and usage["should_limit"]:
                raise RateLimited(retry_after=max(usage["time_left"], 1), json_response=json_response)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator


def _allauth_window(request):
    """Seconds until an allauth limit surely lets the visitor in again: the longest window of the
    action's rates (allauth's windows slide), or of all its rates when the action is not known."""
    from allauth.account import app_settings
    from allauth.core.internal.ratelimit import parse_rates

    limits = app_settings.RATE_LIMITS
    url_name = getattr(getattr(request, "resolver_match", None), "url_name", None) or ""
    action = url_name.removeprefix("account_")
    rates = parse_rates(limits.get(action)) if action in limits else []
    rates = rates or [rate for value in limits.values() for rate in parse_rates(value)]
    return max((rate.duration for rate in rates), default=60)


def retry_text(seconds):
    """'Please try again in 2 minutes.' in the active language (seconds under a minute)."""
    if seconds < 60:
        return ngettext("Please try again in %(count)d second.", "Please try again in %(count)d seconds.", seconds) % {
            "count": seconds
        }
    minutes = math.ceil(seconds / 60)
    return ngettext("Please try again in %(count)d minute.", "Please try again in %(count)d minutes.", minutes) % {
        "count": minutes
    }


def too_many_requests(request, exception=None):
    """The 429 answer: the translated page (or JSON) saying when to retry, with `Retry-After`."""
    retry_after = int(getattr(exception, "retry_after", None) or _allauth_window(request))
    message = gettext("You have sent too many requests in a short time.") + " " + retry_text(retry_after)
    if getattr(exception, "json_response", False):
        response = JsonResponse({"error": message, "retry_after": retry_after}, status=429)
    else:
        response = render(request, "429.html", {"message": message, "retry_after": retry_after}, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


class RateLimitMiddleware:
    """Turns a `Ratelimited` raised by a view into the 429 answer (otherwise it would be a 403)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Ratelimited):
            return too_many_requests(request, exception)
        return None
