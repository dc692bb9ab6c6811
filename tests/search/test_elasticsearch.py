"""The real Elasticsearch path: indexing, querying, suggestions, alias swap rebuild, outage queue and retry."""

import socket

import pytest

from core import search_registry as registry
from search.backend import get_client
from search.elastic import indices
from search.indexing import rebuild_elasticsearch, reindex, retry_pending
from search.models import PendingIndexUpdate
from search.query import parse_request
from search.services import run_search, suggestions

from .corpus import build_corpus
from .test_relevance import Params

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def es_corpus(site_tree, settings, es_prefix):
    url = settings.ELASTICSEARCH_URL
    corpus = build_corpus(site_tree)
    settings.ELASTICSEARCH_URL = url
    rebuild_elasticsearch()
    return corpus


def closed_port_url():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def search(language, text, **filters):
    return run_search(parse_request(Params(q=text, **filters), language))


def count_in_alias():
    return get_client().count(index=indices.alias_name())["count"]


def test_elasticsearch_answers_with_folded_matches_and_facets(es_corpus):
    results = search("vi", "phan mem")

    assert results.backend == "elasticsearch"
    assert results.total > 0
    assert "phần mềm" in str(results.hits[0].title).lower() or "<mark>" in str(results.hits[0].snippet)
    type_counts = {c.value: c.count for g in results.facets if g.param == "type" for c in g.choices}
    assert type_counts["page"] >= 1


def test_facet_filters_narrow_elasticsearch_results(es_corpus):
    results = search("en", "", type="parcel", zone="A")

    assert results.total == 4
    assert all(hit.kind == "parcel" for hit in results.hits)


def test_elasticsearch_suggestions_complete_folded_prefixes_in_the_visitors_language(es_corpus):
    titles = [item["title"] for item in suggestions(parse_request(Params(q="lap tr"), "vi"))]

    assert "Lập trình viên web" in titles
    assert "Web developer" not in titles


def test_a_published_change_reaches_elasticsearch_and_a_deletion_removes_it(es_corpus):
    parcel = es_corpus["parcels"]["A-3"]
    provider = registry.get_provider("parcel")

    parcel.summary_en = "Next to the Tuyen Lam lake shore."
    parcel.save()
    reindex(provider, parcel.pk)  # what the on_commit callback runs
    indices.refresh()
    found = search("en", "lake shore").hits
    key = parcel.pk
    parcel.delete()
    reindex(provider, key)
    indices.refresh()

    assert [hit.code for hit in found][:1] == ["A-3"]
    assert search("en", "lake shore").total == 0


def test_a_rebuild_swaps_the_alias_without_an_empty_or_half_built_window(es_corpus):
    before = count_in_alias()
    old_index = indices.indices_behind(indices.alias_name())[indices.alias_name()]
    seen_during_build = []

    indices.CHUNK_SIZE, saved = 5, indices.CHUNK_SIZE
    try:
        rebuild_elasticsearch(on_chunk=lambda count: seen_during_build.append(count_in_alias()))
    finally:
        indices.CHUNK_SIZE = saved

    new_index = indices.indices_behind(indices.alias_name())[indices.alias_name()]
    assert seen_during_build and all(count == before for count in seen_during_build)
    assert new_index != old_index and count_in_alias() == before
    assert not get_client().indices.exists(index=old_index[0])


def test_an_outage_keeps_the_save_queues_the_update_and_retry_catches_up(es_corpus, settings):
    parcel = es_corpus["parcels"]["A-12"]
    provider = registry.get_provider("parcel")
    working_url = settings.ELASTICSEARCH_URL

    settings.ELASTICSEARCH_URL = closed_port_url()
    parcel.summary_en = "Beside the pine forest."
    parcel.save()
    reindex(provider, parcel.pk)
    during_outage = search("en", "pine forest")
    queued = list(PendingIndexUpdate.objects.values_list("provider", "object_key"))
    settings.ELASTICSEARCH_URL = working_url
    succeeded, remaining = retry_pending()
    indices.refresh()

    assert queued == [("parcel", str(parcel.pk))]
    assert during_outage.fell_back and during_outage.total > 0  # the database answered meanwhile
    assert (succeeded, remaining) == (1, 0)
    assert [hit.code for hit in search("en", "pine forest").hits][:1] == ["A-12"]


def test_a_news_result_from_elasticsearch_shows_its_date(es_corpus, client):
    """Elasticsearch returns dates as text: the results page still shows the date and a machine-readable one."""
    today = es_corpus["news"][1].date  # (Vietnamese, English)

    response = client.get("/en/search/", {"q": "data centre"})

    html = response.content.decode()
    assert f'<time datetime="{today:%Y-%m-%d}">' in html
    assert 'datetime=""' not in html
