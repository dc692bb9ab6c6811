"""Telling visitors of a public page apart without keeping who they are.

A visitor is the signed-in account, or else the client address (as allauth reads it behind the
configured proxies) with the browser's user agent. It is only ever stored as an HMAC keyed with the
site's secret key and the day: the same visitor gets the same key all day and a different one the
next, and no key can be turned back into an address or an account without the secret.
"""

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils.crypto import salted_hmac

from allauth.account.adapter import get_adapter

USER_AGENT_MAX_LENGTH = 500


def visitor_identity(request):
    """Who is looking, as text to be hashed (never stored as such)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    try:
        address = get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):  # no address, or a proxy header that does not match
        address = ""
    agent = request.headers.get("User-Agent", "")[:USER_AGENT_MAX_LENGTH]
    return f"client:{address}|{agent}"


def visitor_key(identity, day):
    """The stored stand-in for `identity` on `day` (32 hex characters)."""
    return salted_hmac(f"training.visitor:{day.isoformat()}", identity, algorithm="sha256").hexdigest()[:32]
