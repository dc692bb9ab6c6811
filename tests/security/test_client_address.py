"""One client address for lockout and rate limits, from one setting: the number of trusted proxies."""

from django.test import RequestFactory

import pytest
from allauth.account.adapter import get_adapter
from axes.helpers import get_client_ip_address

from accounts.client_address import client_address


def request_from(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, "203.0.113.7", "10.0.0.2"),  # no trusted proxy: the header is the client's own words
        (1, "10.9.9.9, 203.0.113.7", "203.0.113.7"),  # the entry our proxy appended
        (2, "10.9.9.9, 203.0.113.7, 192.0.2.50", "203.0.113.7"),  # CDN then load balancer
        (2, "203.0.113.7", "203.0.113.7"),  # came through one of our two proxies only
        (1, "not-an-address", "10.0.0.2"),
        (1, "[2001:db8::7]:443", "2001:db8::7"),
        (1, "203.0.113.7:5123", "203.0.113.7"),
        (1, None, "10.0.0.2"),
    ],
)
def test_the_client_address_trusts_only_the_entries_our_proxies_wrote(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted
    assert client_address(request_from("10.0.0.2", forwarded)) == expected


@pytest.mark.parametrize("trusted", [0, 1])
def test_lockout_and_rate_limits_see_the_same_address(settings, trusted):
    settings.TRUSTED_PROXY_COUNT = trusted
    request = request_from("10.0.0.2", "10.9.9.9, 203.0.113.7")
    assert get_client_ip_address(request) == client_address(request)
    assert get_adapter().get_client_ip(request) == client_address(request)
