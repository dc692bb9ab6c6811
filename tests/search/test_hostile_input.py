"""Hostile input never breaks the page or the suggestions: 200 with a clear message."""

import pytest

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "x" * 20_000,
    "phần\x00mềm",
    '"unbalanced AND (title:*) OR ~ ^2 {!}',
    "<script>alert('x')</script>",
    "\u202e\u200b\u0007",
    "%%%%%%%%",
    "*",
    "a" * 61 + " b",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_get_a_normal_page(client, corpus, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert b"<script>alert" not in response.content


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_get_json_suggestions(client, corpus, query):
    response = client.get("/en/search/suggest/", {"q": query})

    assert response.status_code == 200
    assert len(response.json()["suggestions"]) <= 10


def test_a_very_long_query_is_shortened_with_a_notice(client, corpus):
    response = client.get("/en/search/", {"q": "tax " * 1000})

    assert "shortened to its first 200 characters" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-3", "abc", "1e9", "99999999999999999999999", "2.5"])
def test_bad_page_numbers_show_a_valid_page(client, corpus, page):
    response = client.get("/en/search/", {"q": "tax", "page": page})

    assert response.status_code == 200
    assert response.context["results"].hits


def test_a_page_past_the_end_shows_the_last_page_with_a_notice(client, corpus):
    response = client.get("/en/search/", {"q": "tax", "page": "500"})

    assert response.context["results"].hits
    assert "showing the last one" in response.content.decode()


@pytest.mark.parametrize("params", [{"type": "nonsense"}, {"zone": "<b>"}, {"year": "20x4"}, {"status": "x" * 500}])
def test_unknown_facet_values_are_ignored_with_a_notice(client, corpus, params):
    response = client.get("/en/search/", {"q": "tax", **params})

    assert response.status_code == 200
    assert "filter was ignored" in response.content.decode()
    assert response.context["results"].total > 0


def test_symbols_alone_ask_for_words(client, corpus):
    response = client.get("/en/search/", {"q": "+-&&||!(){}[]^~*?:\\/"})

    assert "symbols alone find nothing" in response.content.decode()
