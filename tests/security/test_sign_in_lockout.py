"""Repeated wrong passwords lock one account from one address, on every sign-in page, and nothing more.

Every sign-in page leads to the site's one sign-in form (allauth's); the Wagtail pages only redirect.
"""

from django.contrib.auth import authenticate
from django.core.cache import cache
from django.test import Client, RequestFactory

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt

from tests.factories.accounts import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

# Where people start signing in: the site's form in both languages, the admin's and Wagtail's page for
# restricted pages.
SIGN_IN_PAGES = ["/en/account/login/", "/vi/account/login/", "/admin/login/", "/en/_util/login/"]
WAGTAIL_SIGN_IN_PAGES = ["/admin/login/", "/en/_util/login/"]


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth keeps its rate-limit counters in the cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


def form_behind(client, page):
    """Open `page` and follow it to the sign-in form it leads to; returns the form's URL."""
    opened = client.get(page, follow=True)
    assert opened.status_code == 200, page
    return opened.redirect_chain[-1][0] if opened.redirect_chain else page


def sign_in(client, page, email, password):
    """Post the credentials to the form `page` leads to."""
    return client.post(form_behind(client, page), {"login": email, "password": password})


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, page, email, times=5):
    """`times` wrong passwords; the form comes back each time, until the fifth locks (axes answers 429)."""
    form = form_behind(client, page)
    for attempt in range(1, times + 1):
        response = client.post(form, {"login": email, "password": "wrong-password"})
        assert not signed_in(client)
        assert response.status_code == (429 if attempt >= 5 else 200)


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_five_failures_lock_the_account_not_the_address(page):
    account_a, account_b = UserFactory(), UserFactory()
    attacker = Client()
    fail(attacker, page, account_a.email)

    refused = sign_in(attacker, page, account_a.email, DEFAULT_PASSWORD)
    assert refused.status_code == 429
    assert "/account/password/reset/" in refused.content.decode()  # the lockout page offers a reset
    assert not signed_in(attacker)

    neighbour = Client()  # same address (127.0.0.1), another account
    sign_in(neighbour, page, account_b.email, DEFAULT_PASSWORD)
    assert signed_in(neighbour)


@pytest.mark.parametrize("page", WAGTAIL_SIGN_IN_PAGES)
def test_wagtail_sign_in_pages_refuse_a_posted_password(client, page):
    user = UserFactory()
    response = client.post(page, {"username": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 405
    assert not signed_in(client)


def test_the_account_name_is_matched_whatever_its_case_and_spaces(client):
    user = UserFactory(email="lan.nguyen@example.vn")
    for spelling in ["Lan.Nguyen@Example.VN", " lan.nguyen@example.vn ", "LAN.NGUYEN@EXAMPLE.VN"]:
        sign_in(client, "/en/account/login/", spelling, "wrong-password")
    # As a form posting `username` (Django's, Wagtail's) would call it, from the same address.
    request = RequestFactory().post("/en/account/login/", REMOTE_ADDR="127.0.0.1")
    for spelling in [" LAN.Nguyen@example.VN ", "Lan.Nguyen@Example.vn"]:
        assert authenticate(request, username=spelling, password="wrong-password") is None
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"lan.nguyen@example.vn"}

    refused = sign_in(client, "/en/account/login/", user.email, DEFAULT_PASSWORD)
    assert refused.status_code == 429
    assert not signed_in(client)


def test_an_attempt_naming_no_account_locks_no_one(client):
    request = RequestFactory().post("/admin/login/", {"password": "wrong"})
    for _attempt in range(10):
        assert authenticate(request, password="wrong") is None
    assert not AccessAttempt.objects.exists()

    sign_in(client, "/en/account/login/", UserFactory().email, DEFAULT_PASSWORD)
    assert signed_in(client)


def test_behind_one_trusted_proxy_each_forwarded_address_is_its_own_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    user = UserFactory()
    # Both reach the app from the proxy (127.0.0.1); the proxy appended each client's own address.
    attacker = Client(HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7")
    owner = Client(HTTP_X_FORWARDED_FOR="203.0.113.7, 198.51.100.20")
    fail(attacker, "/en/account/login/", user.email)
    assert sign_in(attacker, "/en/account/login/", user.email, DEFAULT_PASSWORD).status_code == 429

    sign_in(owner, "/en/account/login/", user.email, DEFAULT_PASSWORD)
    assert signed_in(owner)
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"


def test_without_trusted_proxies_a_forged_forwarded_header_dodges_nothing(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    user = UserFactory()
    fail(Client(HTTP_X_FORWARDED_FOR="203.0.113.7"), "/en/account/login/", user.email)

    forger = Client(HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert sign_in(forger, "/en/account/login/", user.email, DEFAULT_PASSWORD).status_code == 429
    assert not signed_in(forger)
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"


def test_allauths_sign_in_rate_limit_also_counts_per_account_and_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/5m/key"}  # allauth's own limit trips before axes
    user = UserFactory()
    attacker = Client(HTTP_X_FORWARDED_FOR="203.0.113.7")
    fail(attacker, "/en/account/login/", user.email, times=3)
    limited = sign_in(attacker, "/en/account/login/", user.email, DEFAULT_PASSWORD)
    assert not signed_in(attacker)
    assert "Too many failed login attempts" in limited.content.decode()

    owner = Client(HTTP_X_FORWARDED_FOR="198.51.100.20")
    sign_in(owner, "/en/account/login/", user.email, DEFAULT_PASSWORD)
    assert signed_in(owner)


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_an_unverified_address_gets_no_session(client, page):
    user = UserFactory()
    EmailAddress.objects.filter(user=user).update(verified=False)
    sign_in(client, page, user.email, DEFAULT_PASSWORD)
    assert not signed_in(client)
    for wagtail_page in WAGTAIL_SIGN_IN_PAGES:
        client.post(wagtail_page, {"username": user.email, "password": DEFAULT_PASSWORD})
        assert not signed_in(client)
