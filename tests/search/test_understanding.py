"""Intent, synonyms across languages, codes going straight to their object, and typo corrections."""

import pytest

from search import spelling
from search.query import parse_request
from search.services import run_search
from search.understanding import understand

pytestmark = pytest.mark.django_db


class Params(dict):
    def getlist(self, key):
        return [self[key]] if key in self else []


def hits(language, query):
    return run_search(parse_request(Params(q=query), language)).hits


def test_a_query_naming_land_ranks_land_before_data_courses_on_both_sites(corpus):
    for language, query in [("vi", "dat"), ("vi", "đất"), ("en", "land"), ("en", "đất")]:
        first = hits(language, query)[0]
        assert first.kind in ("parcel", "section") and first.language == language, (language, query, first.title)
        assert "quy-dat" in first.url or "/land/" in first.url


def test_chung_chi_finds_the_certificate_check_first_not_parcels_containing_chung(corpus):
    for language, query in [("vi", "chung chi"), ("vi", "chứng chỉ"), ("en", "certificate"), ("en", "chứng chỉ")]:
        first = hits(language, query)[0]
        assert first.url == f"/{language}/certificates/", (language, query, first.title)


def test_how_to_invest_and_apply_lead_to_the_online_application(corpus):
    for language, query in [("en", "how to invest"), ("en", "apply"), ("vi", "nộp hồ sơ"), ("vi", "apply")]:
        urls = [hit.url for hit in hits(language, query)[:3]]
        assert f"/{language}/apply/" in urls, (language, query, urls)


def test_a_vietnamese_query_on_the_english_site_finds_english_pages_through_synonyms(corpus):
    first = hits("en", "miễn tiền thuê đất")[0]
    assert first.title and "Land rent exemption" in str(first.title).replace("<mark>", "").replace("</mark>", "")
    assert first.language == "en"


def test_thue_typed_without_diacritics_reads_as_rent_and_as_tax_but_accented_as_one():
    plain = understand("thue").slots[0].alternatives
    assert ("rent",) in plain and ("tax",) in plain
    rent = understand("thuê").slots[0].alternatives
    assert ("rent",) in rent and ("tax",) not in rent


def test_a_parcel_code_goes_straight_to_the_parcel(client, corpus):
    response = client.get("/vi/search/", {"q": "a-12"})
    assert response.status_code == 302
    assert response["Location"] == "/vi/quy-dat/a-12/"
    cohort = client.get("/en/search/", {"q": "WEB-2026-09"})
    assert cohort.status_code == 302 and cohort["Location"].endswith("#cohorts-heading")


def test_a_code_with_filters_or_a_code_among_words_shows_results(client, corpus):
    assert client.get("/vi/search/", {"q": "a-12", "type": "parcel"}).status_code == 200
    assert client.get("/vi/search/", {"q": "lô a-12 văn phòng"}).status_code == 200


def test_a_misspelt_word_is_corrected_from_the_vocabulary_by_the_database(corpus):
    assert spelling.correction(["chuyen", "giaa"]) == "chuyen gia"
    assert spelling.correction(["chuyen", "gia"]) is None


def test_the_search_page_retries_a_typo_and_says_so(client, corpus):
    response = client.get("/en/search/", {"q": "equipmnt"})
    results = response.context["results"]
    assert results.corrected_from == "equipmnt" and results.total > 0
