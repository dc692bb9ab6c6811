"""Every GET interface (filters, sort, paging, estimator, search, open data, certificate lookup) answers
hostile query strings with a normal page in the page's language, never a server error."""

from urllib.parse import quote

import pytest
from hypothesis import example, given, settings

from .checks import assert_in_language, assert_no_server_error
from .strategies import hostile_text, query_params

pytestmark = pytest.mark.django_db
HOSTILE = settings.get_profile("hostile")

LAND_KEYS = ["zone", "land_use", "status", "area_min", "area_max", "price_max", "sort", "page"]
ESTIMATOR_KEYS = [
    "sector",
    "capital_usd",
    "employees",
    "annual_revenue_usd",
    "profit_margin",
    "parcel",
    "area_m2",
    "years",
]
SEARCH_KEYS = ["q", "type", "category", "zone", "land_use", "status", "programme", "year", "page"]
LAND_SLUG = {"vi": "quy-dat", "en": "land"}
POLICIES_SLUG = {"vi": "uu-dai", "en": "incentives"}
NEWS_SLUG = {"vi": "tin-tuc", "en": "news"}


def _get_everywhere(client, language, urls, params):
    for url in urls:
        response = client.get(f"{language.prefix}{url}", params)
        assert_no_server_error(response, (url, params))
        assert_in_language(response, language, (url, params))


@settings(HOSTILE)
@given(params=query_params(LAND_KEYS))
@example(params={"area_min": "1e309", "area_max": "NaN", "price_max": "-inf"})
@example(params={"zone": ["A", "\x00", "B" * 5000], "sort": ["price", "-area"], "page": "99999999999999999999"})
@example(params={"status": "'; DROP TABLE land_parcel; --", "land_use": "<script>", "page": "-1"})
def test_land_list_plan_and_open_data_survive_any_filters(client, world, language, params):
    slug = LAND_SLUG[language.code]
    urls = [f"{slug}/", f"{slug}/plan/", f"{slug}/parcels.geojson", f"{slug}/parcels.csv"]
    _get_everywhere(client, language, urls, params)


@settings(HOSTILE)
@given(codes=query_params(["codes"]))
@example(codes={"codes": ["a-12,A-12,b-7,a-3,zz-9999", "\x00,-,--"]})
@example(codes={"codes": "A-" + "9" * 5000})
def test_parcel_comparison_survives_any_codes(client, world, language, codes):
    _get_everywhere(client, language, [f"{LAND_SLUG[language.code]}/compare/"], codes)


@settings(HOSTILE)
@given(code=hostile_text)
@example(code="a-12\x00")
@example(code="A-99999")
def test_parcel_detail_and_certificate_paths_survive_any_code(client, world, language, code):
    quoted = quote(code, safe="")[:3000]
    for url in [f"{LAND_SLUG[language.code]}/{quoted}/", f"certificates/{quoted}/", f"certificates/{quoted}/print/"]:
        response = client.get(f"{language.prefix}{url}")
        assert_no_server_error(response, url)
        assert response.status_code in (200, 301, 302, 404), (url, response.status_code)
        assert_in_language(response, language, url)


@settings(HOSTILE)
@given(params=query_params(ESTIMATOR_KEYS))
@example(params={"capital_usd": "1e309", "employees": "NaN", "annual_revenue_usd": "Infinity", "years": "-1"})
@example(params={"profit_margin": "1e-400", "area_m2": "99999999999999999999999999999", "parcel": "../../etc"})
@example(params={"sector": ["software", "software"], "capital_usd": ["1", "2"], "years": "15"})
@example(
    params={
        "sector": "software",
        "capital_usd": "1",
        "employees": "1",
        "annual_revenue_usd": "1",
        "profit_margin": "10",
        "years": "30",
        "parcel": "A-12",
        "area_m2": "5",
    }
)
def test_estimator_survives_any_profile(client, world, language, params):
    slug = POLICIES_SLUG[language.code]
    _get_everywhere(client, language, [f"{slug}/estimate/", f"{slug}/estimate/print/"], params)


@settings(HOSTILE)
@given(params=query_params(["category", "audience", "page"]))
@example(params={"category": "\x00", "audience": ["domestic", "foreign"], "page": "1e309"})
def test_policy_and_news_lists_survive_any_filters(client, world, language, params):
    urls = [f"{POLICIES_SLUG[language.code]}/", f"{NEWS_SLUG[language.code]}/"]
    _get_everywhere(client, language, urls, params)


@settings(HOSTILE)
@given(params=query_params(SEARCH_KEYS))
@example(params={"q": "\x00", "page": "NaN"})
@example(params={"q": '"*~^:()[]{}\\/', "type": ["policy", "nonsense"], "year": "1e309"})
@example(params={"q": "x" * 20_000, "page": "-99999999999999999999"})
def test_search_page_and_suggestions_survive_any_query(client, world, language, params):
    _get_everywhere(client, language, ["search/"], params)
    response = client.get(f"{language.prefix}search/suggest/", params)
    assert_no_server_error(response, params)
    assert isinstance(response.json()["suggestions"], list)


@settings(HOSTILE)
@given(params=query_params(["code"]))
@example(params={"code": "\x00"})
@example(params={"code": "ABCD-" * 2000})
@example(params={"code": ["AAAA", "BBBB"]})
@example(params={"code": "AB/CD"})  # once a 500: the verification URL cannot hold a slash
def test_certificate_lookup_survives_any_code(client, world, language, params):
    _get_everywhere(client, language, ["certificates/"], params)
