"""The relevance set: each query finds its expected document in the top 3, on the database and on Elasticsearch."""

import html

import pytest

from search.indexing import rebuild_elasticsearch
from search.query import parse_request
from search.services import run_search

from .relevance_cases import CASES

pytestmark = pytest.mark.django_db


class Params(dict):
    def getlist(self, key):
        return [self[key]] if key in self else []


def top_three(language, query):
    results = run_search(parse_request(Params(q=query), language))
    return [
        html.unescape(str(hit.title).replace("<mark>", "").replace("</mark>", "")) for hit in results.hits[:3]
    ], results


def misses():
    found = []
    for language, query, expected in CASES:
        titles, _results = top_three(language, query)
        if expected not in titles:
            found.append((language, query, expected, titles))
    return found


def test_every_relevance_query_finds_its_document_in_the_top_three_on_the_database(corpus):
    assert misses() == []


@pytest.mark.elasticsearch
def test_every_relevance_query_finds_its_document_in_the_top_three_on_elasticsearch(
    site_tree, settings, es_prefix, django_assert_max_num_queries
):
    from .corpus import build_corpus

    url = settings.ELASTICSEARCH_URL
    build_corpus(site_tree)
    settings.ELASTICSEARCH_URL = url
    rebuild_elasticsearch()
    _titles, results = top_three("en", "tax")
    assert results.backend == "elasticsearch" and not results.fell_back

    assert misses() == []
