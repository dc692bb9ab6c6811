"""The address of the person making a request, the same for sign-in lockout and every rate limit.

Behind reverse proxies the connection comes from the nearest proxy, and each proxy appends the address
it saw to `X-Forwarded-For`. Only the entries our own proxies wrote can be trusted: anything to their
left was sent by the client and may be invented. `TRUSTED_PROXY_COUNT` (settings, from the environment)
says how many proxies we run in front of the application; 0, the default, ignores the header entirely.
"""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address as text: `REMOTE_ADDR`, or the entry our N-th trusted proxy added.

    With TRUSTED_PROXY_COUNT = N > 0, the client is the N-th address from the right of X-Forwarded-For
    (each of our N proxies appended one). A shorter header means the request came through fewer of
    our proxies, so every entry was written by one of them: the leftmost is the client. An entry that
    is not an IP address is ignored in favour of `REMOTE_ADDR`.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    trusted = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if trusted <= 0 or not forwarded:
        return remote
    entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
    if not entries:
        return remote
    candidate = entries[-min(trusted, len(entries))]
    return _valid_address(candidate) or remote


def _valid_address(text):
    """The address in canonical form, or None when `text` is not an IP address (ports are dropped)."""
    if text.startswith("[") and "]" in text:  # [IPv6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # IPv4:port
        text = text.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None
