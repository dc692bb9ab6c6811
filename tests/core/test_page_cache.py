"""The anonymous page cache: repeat visits are served without work, never personal, never stale."""

import time
from decimal import Decimal

import pytest

from core.page_cache import store
from core.page_cache.policy import is_public_path
from home.models import CurrencySettings, StandardPage
from land.demo.seeding import seed_pages
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.land import ParcelFactory
from tests.factories.training import CohortFactory, TraineeFactory
from tests.factories.training import programme as make_programme
from training.services import RegistrationAnswers, register_trainee

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(empty_page_cache, settings):
    settings.PAGE_CACHE_TIMEOUT = 300


def cache_state(response):
    return response.headers.get("X-Cache")


@pytest.fixture
def land_pages(site_tree):
    page_vi, page_en = seed_pages(site_tree)
    return {"vi": page_vi, "en": page_en}


@pytest.fixture
def about(site_tree):
    return StandardPage.objects.get(slug="about", locale__language_code="en")


def test_an_anonymous_repeat_visit_is_served_from_cache_without_queries(client, site_tree, django_assert_num_queries):
    first = client.get("/en/")
    assert (first.status_code, cache_state(first)) == (200, "miss")
    with django_assert_num_queries(0):
        second = client.get("/en/")
    assert (second.status_code, cache_state(second)) == (200, "hit")
    assert second.content == first.content


def test_a_head_request_is_answered_from_the_page_a_get_stored(client, site_tree):
    client.get("/en/")
    assert cache_state(client.head("/en/")) == "hit"


def test_a_signed_in_user_never_gets_the_cached_page(client, site_tree):
    client.get("/en/")
    user = StaffFactory(groups=["Editor"])
    sign_in_staff(client, user)
    response = client.get("/en/")
    assert cache_state(response) == "bypass"
    assert response.context["user"] == user


def test_a_signed_in_visit_does_not_fill_the_cache_for_anonymous_visitors(client, site_tree):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    client.get("/en/")
    client.logout()
    client.cookies.clear()
    response = client.get("/en/")
    assert cache_state(response) == "miss"
    assert not response.context["user"].is_authenticated


def test_a_visitor_with_a_session_or_message_cookie_bypasses_the_cache(client, site_tree):
    client.get("/en/")
    for name in ("sessionid", "messages"):
        client.cookies.clear()
        client.cookies[name] = "something"
        assert cache_state(client.get("/en/")) == "bypass", name


def test_a_csrf_cookie_alone_still_gets_the_cached_page(client, site_tree):
    client.get("/en/")
    client.cookies["csrftoken"] = "x" * 32
    assert cache_state(client.get("/en/")) == "hit"


def test_language_prefix_and_query_string_each_have_their_own_entry(client, site_tree):
    urls = ["/en/", "/vi/", "/en/?page=2", "/en/?page=3"]
    assert [cache_state(client.get(url)) for url in urls] == ["miss"] * 4
    assert [cache_state(client.get(url)) for url in urls] == ["hit"] * 4
    assert b'lang="vi"' in client.get("/vi/").content
    assert b'lang="en"' in client.get("/en/").content


def test_publishing_a_page_is_visible_to_anonymous_visitors_at_once(client, about):
    client.get(about.url)
    about.title = "About the park, revised"
    about.save_revision().publish()
    response = client.get(about.url)
    assert cache_state(response) == "miss"
    assert "About the park, revised" in response.content.decode()


def test_unpublishing_a_page_removes_it_for_anonymous_visitors_at_once(client, about):
    assert client.get(about.url).status_code == 200
    about.unpublish()
    assert client.get(about.url).status_code == 404


def test_saving_a_parcel_is_visible_to_anonymous_visitors_at_once(client, land_pages):
    parcel = ParcelFactory(summary_en="Close to the lake.")
    url = f"{land_pages['en'].url}{parcel.code.lower()}/"
    assert "Close to the lake." in client.get(url).content.decode()
    parcel.summary_en = "Next to the new fibre hub."
    parcel.save()
    assert "Next to the new fibre hub." in client.get(url).content.decode()


def test_a_new_exchange_rate_is_visible_to_anonymous_visitors_at_once(client, site_tree):
    client.get("/en/")
    settings_record = CurrencySettings.load()
    settings_record.usd_to_vnd = Decimal("30000")
    settings_record.save()
    assert cache_state(client.get("/en/")) == "miss"


def _register_one(page_vi):
    answers = RegistrationAnswers(education="IT", current_job="Student", motivation="I want to build web applications.")
    register_trainee(page_vi.cohorts().get().pk, TraineeFactory(), answers)


def test_a_registration_updates_the_seats_anonymous_visitors_see_within_the_coalescing_window(
    client, site_tree, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_COALESCE_SECONDS = 10
    page_vi, page_en = make_programme(site_tree)
    CohortFactory.for_programme(page_vi, seats=3)
    assert "3 seats left" in client.get(page_en.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        _register_one(page_vi)

    still = client.get(page_en.url)
    assert cache_state(still) == "hit" and "3 seats left" in still.content.decode()
    later = time.time() + 11
    monkeypatch.setattr(store.time, "time", lambda: later)
    fresh = client.get(page_en.url)
    assert cache_state(fresh) == "miss" and "2 seats left" in fresh.content.decode()


def test_a_rush_of_registrations_empties_the_cache_once_per_window(client, site_tree, settings, monkeypatch):
    settings.PAGE_CACHE_COALESCE_SECONDS = 10
    page_vi, _page_en = make_programme(site_tree)
    CohortFactory.for_programme(page_vi, seats=30)
    generation = store.current_generation()
    for _ in range(5):
        _register_one(page_vi)
        assert store.current_generation() == generation
    later = time.time() + 11
    monkeypatch.setattr(store.time, "time", lambda: later)
    assert store.current_generation() != generation


def test_without_a_coalescing_window_a_registration_shows_at_once(
    client, site_tree, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_COALESCE_SECONDS = 0
    page_vi, page_en = make_programme(site_tree)
    CohortFactory.for_programme(page_vi, seats=3)
    assert "3 seats left" in client.get(page_en.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _register_one(page_vi)
    assert callbacks, "the cache is invalidated again after the registration commits"
    assert "2 seats left" in client.get(page_en.url).content.decode()


def test_a_post_is_never_answered_from_or_stored_in_the_cache(client, site_tree):
    client.get("/en/")
    assert cache_state(client.post("/en/")) == "bypass"
    client.cookies.clear()
    client.post("/en/search/", {"q": "park"})
    assert cache_state(client.get("/en/search/")) == "miss"


def test_a_page_with_a_form_is_never_cached_even_on_a_public_path(client, site_tree, settings):
    settings.PAGE_CACHE_EXCLUDED_PATHS = []
    from core.page_cache import policy

    policy._excluded_paths.cache_clear()
    try:
        responses = [client.get("/en/account/login/") for _index in range(2)]
    finally:
        policy._excluded_paths.cache_clear()
    assert [cache_state(response) for response in responses] == ["bypass", "bypass"]
    assert "csrftoken" in responses[0].cookies


def test_a_cached_page_carries_no_cookie_and_no_csrf_token(client, site_tree):
    client.get("/en/")
    client.cookies.clear()
    response = client.get("/en/")
    assert cache_state(response) == "hit"
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert b"csrfmiddlewaretoken" not in response.content


def test_the_cache_can_be_turned_off(client, site_tree, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    assert [cache_state(client.get("/en/")) for _index in range(2)] == ["bypass", "bypass"]


@pytest.mark.parametrize(
    ("path", "cacheable"),
    [
        ("/en/", True),
        ("/vi/quy-dat/?status=available", True),
        ("/en/search/suggest/", True),
        ("/en/account/", False),
        ("/vi/account/login/", False),
        ("/en/apply/", False),
        ("/en/certificates/ABC/", False),
        ("/en/training/web/register/C-1/", False),
        ("/admin/", False),
        ("/healthz", False),
        ("/", False),
    ],
)
def test_only_language_prefixed_public_paths_are_candidates(path, cacheable):
    assert is_public_path(path.split("?")[0]) is cacheable


@pytest.mark.parametrize("cookie", ["csrftoken", "sessionid", "messages"])
def test_a_response_that_sets_any_cookie_is_never_stored(rf, cookie):
    """A page rendering a form sets the CSRF cookie even when its view sends no Cache-Control header;
    storing it would hand one visitor's token (or session) to every later visitor."""
    from django.http import HttpResponse

    from core.page_cache.policy import response_is_cacheable

    request = rf.get("/en/some-public-page/")
    plain = HttpResponse("<p>page</p>")
    assert response_is_cacheable(request, plain)
    with_cookie = HttpResponse("<form>…</form>")
    with_cookie.set_cookie(cookie, "value")
    assert not response_is_cacheable(request, with_cookie)
