"""A page restricted to signed-in users, a password or groups stops being public at once: anonymous
visitors no longer get it from the page cache, and neither it, its descendants nor what is shown on them
(parcels under the land page, cohorts on a programme page) appear in search results or suggestions, on
the database backend and on Elasticsearch."""

import uuid

from django.contrib.auth.models import Group

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from core.page_cache import store
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(site_tree, settings):
    settings.ELASTICSEARCH_URL = ""
    return build_corpus(site_tree)


@pytest.fixture
def es_corpus(site_tree, settings):
    """The corpus indexed in a private Elasticsearch index (prefix from ELASTICSEARCH_INDEX_PREFIX)."""
    from search.elastic.indices import drop_all
    from search.indexing import rebuild_elasticsearch

    url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{settings.ELASTICSEARCH_INDEX_PREFIX}_restricted_{uuid.uuid4().hex[:8]}"
    corpus = build_corpus(site_tree)
    settings.ELASTICSEARCH_URL = url
    rebuild_elasticsearch()
    yield corpus
    drop_all()


def found(client, language, query):
    """The URLs of the search page's hits and of the suggestions for `query` (both languages' hits)."""
    from django.conf import settings

    from search.elastic.indices import refresh

    if settings.ELASTICSEARCH_URL:
        refresh()
    page = client.get(f"/{language}/search/", {"q": query})
    if page.status_code == 302:  # a code only one document carries goes straight to it
        hits = [page["Location"]]
    else:
        assert page.status_code == 200
        hits = [hit.url for hit in page.context["results"].hits]
    suggested = client.get(f"/{language}/search/suggest/", {"q": query}).json()["suggestions"]
    return hits + [item["url"] for item in suggested]


def under(urls, prefix):
    return [url for url in urls if url.startswith(prefix)]


def restrict(page, django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return PageViewRestriction.objects.create(page=page, **fields)


def lift(restriction, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()


def assert_policy_hidden_then_back(client, corpus, django_capture_on_commit_callbacks):
    policy_vi, policy_en = corpus["policies"]["land"]
    index_en = policy_en.get_parent()
    assert found(client, "en", "Land rent exemption").count(policy_en.url) == 2  # a hit and a suggestion

    restriction = restrict(index_en, django_capture_on_commit_callbacks, restriction_type=PageViewRestriction.LOGIN)
    assert under(found(client, "en", "Land rent exemption"), index_en.url) == []
    assert under(found(client, "en", "incentives"), index_en.url) == []
    assert policy_vi.url in found(client, "vi", "Miễn tiền thuê đất")  # the Vietnamese tree is still public

    lift(restriction, django_capture_on_commit_callbacks)
    assert policy_en.url in found(client, "en", "Land rent exemption")


def test_a_restricted_section_leaves_database_search_and_returns_when_lifted(
    client, corpus, django_capture_on_commit_callbacks
):
    assert_policy_hidden_then_back(client, corpus, django_capture_on_commit_callbacks)


def restrict_land_page(django_capture_on_commit_callbacks, **fields):
    from land.models import LandIndexPage

    page = LandIndexPage.for_language("en")
    restrict(page, django_capture_on_commit_callbacks, **fields)
    return page.url


def test_parcels_under_a_password_protected_land_page_leave_search(client, corpus, django_capture_on_commit_callbacks):
    assert "/en/land/b-7/" in found(client, "en", "B-7")
    land_url = restrict_land_page(
        django_capture_on_commit_callbacks, restriction_type=PageViewRestriction.PASSWORD, password="secret-plans"
    )
    assert under(found(client, "en", "B-7"), land_url) == []
    assert under(found(client, "en", "data centre"), land_url) == []
    assert "/vi/quy-dat/b-7/" in found(client, "vi", "B-7")


def test_a_programme_restricted_to_groups_takes_its_cohorts_out_of_search(
    client, corpus, django_capture_on_commit_callbacks
):
    _web_vi, web_en = corpus["web"]
    assert under(found(client, "en", "WEB-2026-09"), web_en.url)
    restriction = restrict(web_en, django_capture_on_commit_callbacks, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Editor"))
    assert under(found(client, "en", "Web developer"), web_en.url) == []
    assert under(found(client, "en", "WEB-2026-09"), web_en.url) == []


def test_a_page_published_under_a_restricted_parent_is_never_indexed(
    client, corpus, django_capture_on_commit_callbacks
):
    index_en = corpus["policies"]["land"][1].get_parent()
    restrict(index_en, django_capture_on_commit_callbacks, restriction_type=PageViewRestriction.LOGIN)
    page = corpus["policies"]["tax"][1]
    page.title = "Restricted tax holiday"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found(client, "en", "Restricted tax holiday") == []


@pytest.mark.elasticsearch
def test_a_restricted_section_leaves_elasticsearch_and_returns_when_lifted(
    client, es_corpus, django_capture_on_commit_callbacks
):
    page = client.get("/en/search/", {"q": "Land rent exemption"})
    assert page.context["results"].backend == "elasticsearch"
    assert_policy_hidden_then_back(client, es_corpus, django_capture_on_commit_callbacks)


@pytest.mark.elasticsearch
def test_parcels_under_a_restricted_land_page_leave_elasticsearch(
    client, es_corpus, django_capture_on_commit_callbacks
):
    assert "/en/land/b-7/" in found(client, "en", "B-7")
    land_url = restrict_land_page(django_capture_on_commit_callbacks, restriction_type=PageViewRestriction.LOGIN)
    assert under(found(client, "en", "B-7"), land_url) == []
    assert "/vi/quy-dat/b-7/" in found(client, "vi", "B-7")


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_TIMEOUT = 300


def test_restricting_a_cached_page_stops_serving_it_to_anonymous_visitors(
    client, site_tree, page_cache_on, django_capture_on_commit_callbacks
):
    from home.models import StandardPage

    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    client.get(about.url)
    assert client.get(about.url).headers.get("X-Cache") == "hit"

    restriction = restrict(about, django_capture_on_commit_callbacks, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(about.url)
    assert response.headers.get("X-Cache") != "hit"
    assert response.status_code == 302 and "login" in response["Location"]

    lift(restriction, django_capture_on_commit_callbacks)
    assert client.get(about.url).status_code == 200


def test_a_password_on_the_home_page_covers_every_cached_page_below_it(
    client, site_tree, page_cache_on, django_capture_on_commit_callbacks
):
    client.get("/en/about/")
    assert client.get("/en/about/").headers.get("X-Cache") == "hit"
    restrict(
        site_tree["en"],
        django_capture_on_commit_callbacks,
        restriction_type=PageViewRestriction.PASSWORD,
        password="only-for-partners",
    )
    response = client.get("/en/about/")
    assert response.headers.get("X-Cache") != "hit"
    assert "password" in response.content.decode().lower()


def test_a_collection_view_restriction_starts_a_new_cache_generation(
    site_tree, page_cache_on, django_capture_on_commit_callbacks
):
    before = store.current_generation()
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    during = store.current_generation()
    assert during != before
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert store.current_generation() != during
