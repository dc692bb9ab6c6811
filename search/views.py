"""The site search page and the as-you-type suggestions endpoint."""

from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from core.ratelimits import rate_limit

from . import quality
from .query import MAX_QUERY_LENGTH, RESULTS_PER_PAGE, clean_text, parse_request
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
    first_page = search_request.page == 1 and not search_request.filters
    if search_request.text and first_page:
        quality.record_search(search_request.text, found_something=bool(results.total))
    page_obj = Paginator(range(results.total), RESULTS_PER_PAGE).get_page(results.request.page)
    context = {
        "page_obj": page_obj,
        "page_start": results.request.offset + 1,
        "query": search_request.text,
        "results": results,
        "max_query_length": MAX_QUERY_LENGTH,
        "popular_links": popular_links(request) if search_request.text and not results.total else [],
        "promotions": quality.promotions(search_request.text, _language()) if first_page else [],
        "first_result_link": _first_result_link(search_request, results) if first_page else "",
    }
    response = render(request, "search/search.html", context)
    if (
        results.fell_back
    ):  # a stand-in answer: the page cache must not serve it (and its notice) once Elasticsearch is back
        add_never_cache_headers(response)
    return response


def _first_result_link(search_request, results):
    """The first result's address through the click counter (first page only)."""
    if not results.hits:
        return ""
    query = urlencode({"q": search_request.text, "to": results.hits[0].url})
    return f"{reverse('search_click')}?{query}"


@require_GET
def first_result_click(request):
    """Count a click on the first result for the query (anonymously) and go to the result.

    Only addresses of indexed documents are followed, so the link cannot send anyone elsewhere.
    """
    target = request.GET.get("to", "")
    if not quality.is_known_destination(target):
        return HttpResponseBadRequest()
    text, _shortened = clean_text(request.GET.get("q", ""))
    quality.record_first_click(text)
    return redirect(target)


@require_GET
@rate_limit("search_suggest", json_response=True)
def suggest(request):
    """JSON: at most 10 titles in the visitor's language that start like what was typed."""
    search_request = parse_request(request.GET, _language())
    found = suggestions(search_request, limit=MAX_SUGGESTIONS) if len(search_request.folded) >= 2 else []
    return JsonResponse({"query": search_request.text, "suggestions": found})
