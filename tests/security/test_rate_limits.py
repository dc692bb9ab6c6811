"""Rate limits on public write and costly endpoints: after its limit each answers 429 in the visitor's
language with Retry-After (JSON for suggestions), never 403 or 500, and other users and addresses go on."""

import uuid
from types import SimpleNamespace
from unittest import mock

from django.core.cache import cache
from django.test import Client

import pytest

from config.settings import base
from investors.applications.models import DeletionRequest, Message
from tests.factories.accounts import UserFactory
from tests.factories.applications import submitted_application

pytestmark = pytest.mark.django_db

VIETNAMESE_429 = "Bạn đã gửi quá nhiều yêu cầu trong một thời gian ngắn."
ENGLISH_429 = "You have sent too many requests in a short time."


@pytest.fixture(autouse=True)
def limits_on(settings):
    """The production rates, counted in an empty cache, on a clock that does not move: django-ratelimit
    counts in fixed windows, and a test crossing a window's end would start counting again."""
    settings.RATELIMIT_ENABLE = True
    settings.RATE_LIMITS = base.RATE_LIMITS
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    cache.clear()
    with mock.patch("django_ratelimit.core.time", SimpleNamespace(time=lambda: 1_800_000_000.0)):
        yield
    cache.clear()


@pytest.fixture
def client_factory():
    return Client


def limit_of(group):
    return int(base.RATE_LIMITS[group].split("/")[0])


def _message_target(client):
    application = submitted_application()
    client.force_login(application.applicant)
    return f"/vi/apply/{application.public_id}/messages/", {"body": "Chúng tôi đã gửi bổ sung."}


def _deletion_target(client):
    client.force_login(UserFactory())
    return "/vi/apply/delete-my-data/", {"reason": "", "confirm": ""}  # not confirmed: nothing is created


# group -> (method, how to reach it: a path, or a function that signs someone in and gives path and data)
ENDPOINTS = {
    "search": ("get", "/vi/search/?q=phần mềm"),
    "search_suggest": ("get", "/vi/search/suggest/?q=phan"),
    "certificate_lookup": ("get", "/vi/certificates/ABCDEFGH2345/"),
    "application_wizard": ("post", f"/vi/apply/{uuid.uuid4()}/step/company/"),
    "application_message": ("post", _message_target),
    "deletion_request": ("post", _deletion_target),
    "track_lookup": ("post", "/vi/track/"),
    "track_pin_resend": ("post", "/vi/track/new-pin/"),
}


def _target(client, reach):
    return reach(client) if callable(reach) else (reach, {})


def _send(client, method, path, data, address):
    return getattr(client, method)(path, data, REMOTE_ADDR=address)


def use_up(client, group, address="198.51.100.1"):
    """Send as many requests as the group allows (none refused), then one more; that one's response."""
    method, reach = ENDPOINTS[group]
    path, data = _target(client, reach)
    for _ in range(limit_of(group)):
        response = _send(client, method, path, data, address)
        assert response.status_code != 429, group
    return _send(client, method, path, data, address)


@pytest.mark.parametrize("group", sorted(ENDPOINTS))
def test_each_limited_endpoint_answers_429_in_vietnamese_with_retry_after(client, group):
    response = use_up(client, group)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "no-store" in response["Cache-Control"]
    body = response.json()["error"] if group == "search_suggest" else response.content.decode()
    assert VIETNAMESE_429 in body and "Vui lòng thử lại sau" in body


@pytest.mark.parametrize("group", sorted(ENDPOINTS))
def test_a_limit_on_one_key_leaves_other_addresses_and_users_alone(client, client_factory, group):
    assert use_up(client, group).status_code == 429
    other = client_factory()
    method, reach = ENDPOINTS[group]
    path, data = _target(other, reach)  # signs a different user in where the endpoint needs one
    assert _send(other, method, path, data, "198.51.100.2").status_code != 429


def test_the_suggestions_endpoint_is_limited_with_json(client):
    response = use_up(client, "search_suggest")
    assert response.status_code == 429 and response["Content-Type"] == "application/json"
    assert set(response.json()) == {"error", "retry_after"}


def test_the_429_page_is_in_english_on_english_pages(client):
    for _ in range(limit_of("certificate_lookup")):
        client.get("/en/certificates/")
    response = client.get("/en/certificates/")
    assert response.status_code == 429
    page = response.content.decode()
    assert "<h1>Too many requests</h1>" in page and ENGLISH_429 in page and "Please try again in" in page


def test_a_signed_in_user_is_counted_apart_from_others_at_the_same_address(client, client_factory):
    use_up(client, "application_wizard", address="198.51.100.9")  # anonymous at this address: limited
    neighbour = client_factory()
    neighbour.force_login(UserFactory())
    response = neighbour.post(f"/vi/apply/{uuid.uuid4()}/step/company/", {}, REMOTE_ADDR="198.51.100.9")
    assert response.status_code == 404  # their request ran: no such application of theirs


def test_a_limited_message_or_deletion_request_is_not_stored(client):
    assert use_up(client, "application_message").status_code == 429
    assert Message.objects.count() == limit_of("application_message")
    client.logout()
    user = UserFactory()
    client.force_login(user)
    for _ in range(limit_of("deletion_request")):
        client.post("/vi/apply/delete-my-data/", {"reason": "Thử", "confirm": ""}, REMOTE_ADDR="198.51.100.3")
    response = client.post("/vi/apply/delete-my-data/", {"confirm": "on"}, REMOTE_ADDR="198.51.100.3")
    assert response.status_code == 429 and not DeletionRequest.objects.filter(user=user).exists()


def test_sign_up_is_limited_per_address_with_the_translated_429_page(client, client_factory):
    rate = base.ACCOUNT_RATE_LIMITS["signup"]
    allowed = int(rate.split("/")[0])
    for _ in range(allowed):  # empty forms: allauth counts every sign-up POST
        assert client.post("/vi/account/signup/", {}, REMOTE_ADDR="198.51.100.4").status_code == 200
    response = client.post("/vi/account/signup/", {}, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 429
    assert VIETNAMESE_429 in response.content.decode()
    assert int(response["Retry-After"]) == 3600  # the sign-up window: free again an hour at most after
    assert client_factory().post("/vi/account/signup/", {}, REMOTE_ADDR="198.51.100.5").status_code == 200


def test_a_broken_counter_cache_lets_requests_through(client):
    with mock.patch("core.ratelimits.get_usage", side_effect=ConnectionError("cache down")):
        for _ in range(limit_of("search_suggest") + 1):
            assert client.get("/vi/search/suggest/?q=phan").status_code == 200
