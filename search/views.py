"""The site search page and the as-you-type suggestions endpoint."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from core.ratelimits import rate_limit

from .query import MAX_QUERY_LENGTH, RESULTS_PER_PAGE, parse_request
from .services import code_destination, run_search, suggestions

MAX_SUGGESTIONS = 10


def _language():
    return (get_language() or "vi").split("-")[0]


def popular_links(request):
    """The top-level sections of the site in the visitor's language (for the no-results state)."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page.localized
    return list(Page.objects.live().public().in_menu().child_of(home).order_by("path")[:6])


@require_GET
@rate_limit("search")
def search_page(request):
    """Read the query and facets, search, render results with facets, notices and pagination."""
    search_request = parse_request(request.GET, _language())
    destination = code_destination(search_request)
    if destination:  # a parcel or cohort code goes straight to it
        return redirect(destination)
    results = run_search(search_request)
    page_obj = Paginator(range(results.total), RESULTS_PER_PAGE).get_page(results.request.page)
    context = {
        "page_obj": page_obj,
        "page_start": results.request.offset + 1,
        "query": search_request.text,
        "results": results,
        "max_query_length": MAX_QUERY_LENGTH,
        "popular_links": popular_links(request) if search_request.text and not results.total else [],
    }
    response = render(request, "search/search.html", context)
    if (
        results.fell_back
    ):  # a stand-in answer: the page cache must not serve it (and its notice) once Elasticsearch is back
        add_never_cache_headers(response)
    return response


@require_GET
@rate_limit("search_suggest", json_response=True)
def suggest(request):
    """JSON: at most 10 titles in the visitor's language that start like what was typed."""
    search_request = parse_request(request.GET, _language())
    found = suggestions(search_request, limit=MAX_SUGGESTIONS) if len(search_request.folded) >= 2 else []
    return JsonResponse({"query": search_request.text, "suggestions": found})
