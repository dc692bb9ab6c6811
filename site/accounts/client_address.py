"""The address of the client that sent a request, shared by the sign-in lockout and the rate limits.

Minimal version: the address the web server saw (`REMOTE_ADDR`). Behind a reverse proxy that address
is the proxy's; the trusted-proxy-aware version replaces this function without changing its name or
signature, so every caller follows.
"""


def client_address(request) -> str:
    """The client's IP address as text ("" when the server gave none)."""
    return request.META.get("REMOTE_ADDR", "") or ""
