"""The database path end to end: Vietnamese with or without accents, facets, both languages."""

import pytest

pytestmark = pytest.mark.django_db


def plain(html):
    return str(html).replace("<mark>", "").replace("</mark>", "")


def titles(response):
    return [plain(hit.title) for hit in response.context["results"].hits]


def test_phan_mem_without_accents_finds_phan_mem_with_accents(client, corpus):
    response = client.get("/vi/search/", {"q": "phan mem"})

    assert response.status_code == 200
    assert any("phần mềm" in title.lower() for title in titles(response))


def test_da_lat_finds_pages_written_with_da_lat_accents(client, corpus):
    response = client.get("/vi/search/", {"q": "Da Lat"})

    assert response.context["results"].total > 0
    assert b"<mark>\xc4\x90\xc3\xa0</mark> <mark>L\xe1\xba\xa1t</mark>" in response.content  # "Đà Lạt" marked


def test_results_in_the_visitors_language_come_first_and_others_are_marked(client, corpus):
    response = client.get("/en/search/", {"q": "A-12 parcel"})

    hits = response.context["results"].hits
    assert hits[0].language == "en"
    assert "A-12" in plain(hits[0].title)
    other = [hit for hit in hits if hit.other_language]
    assert other and all(hit.language == "vi" for hit in other)
    assert "In Vietnamese" in response.content.decode()


def test_type_facet_counts_and_narrows_the_results(client, corpus):
    response = client.get("/en/search/", {"q": "data"})
    type_group = next(group for group in response.context["results"].facets if group.param == "type")
    counts = {choice.value: choice.count for choice in type_group.choices}

    narrowed = client.get("/en/search/", {"q": "data", "type": "parcel"})

    assert counts["parcel"] >= 1  # B-7 (its Vietnamese document says "dữ liệu")
    assert narrowed.context["results"].total == counts["parcel"]
    assert all(hit.kind == "parcel" for hit in narrowed.context["results"].hits)


def test_facets_combine_and_each_counts_with_the_other_filters_applied(client, corpus):
    response = client.get("/en/search/", {"type": "parcel", "zone": "A"})
    results = response.context["results"]
    zone_counts = {c.value: c.count for g in results.facets if g.param == "zone" for c in g.choices}

    assert results.total == 4  # each in two languages
    assert zone_counts == {"A": 4, "B": 2}
    assert 'href="?type=parcel"' in response.content.decode()  # removing the zone filter


def test_browsing_a_facet_without_words_lists_its_documents(client, corpus):
    response = client.get("/vi/search/", {"type": "policy"})

    assert response.context["results"].total == 10
    assert response.context["results"].hits[0].language == "vi"


def test_unknown_words_show_popular_links(client, corpus):
    response = client.get("/en/search/", {"q": "zzzqqqxxx"})

    assert response.context["results"].total == 0
    assert "Popular pages" in response.content.decode()
    assert response.context["popular_links"]


def test_a_misspelt_word_is_corrected_from_the_vocabulary(client, corpus):
    response = client.get("/en/search/", {"q": "corporate incme tax"})

    results = response.context["results"]
    assert results.corrected_from == "corporate incme tax"
    assert plain(results.hits[0].title) == "Corporate income tax incentives"
