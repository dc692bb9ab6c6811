"""The operations the views call: search with facets and suggestions, falling back to the database.

With ELASTICSEARCH_URL set, Elasticsearch answers; if it fails mid-request the database answers
instead and the result says so (`fell_back`), so the page can show a discreet notice.
"""

import logging
from dataclasses import dataclass, field, replace

from django.utils.text import capfirst
from django.utils.translation import gettext as _

from core import search_registry as registry

from . import database
from .backend import elasticsearch_enabled
from .folding import spaced
from .highlight import highlight, snippet
from .models import SearchEntry
from .query import FACETS, RESULTS_PER_PAGE, SearchRequest, facet_value_labels

logger = logging.getLogger(__name__)


@dataclass
class SearchHit:
    """One result as the template shows it."""

    title: object  # highlighted, safe HTML
    url: str
    snippet: object  # highlighted, safe HTML
    kind: str
    kind_label: str
    language: str
    other_language: bool
    date: object = None
    code: str = ""


@dataclass
class FacetChoice:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetGroup:
    param: str
    label: str
    choices: list


@dataclass
class SearchResults:
    """A page of hits, facet groups, and what the page should tell the visitor."""

    request: SearchRequest
    hits: list = field(default_factory=list)
    total: int = 0
    facets: list = field(default_factory=list)
    backend: str = "database"
    fell_back: bool = False
    corrected_from: str = ""
    notices: list = field(default_factory=list)

    @property
    def num_pages(self):
        return max(1, -(-self.total // RESULTS_PER_PAGE))


def _backend_call(name, request):
    """Run `name` ("search"/"suggest") on Elasticsearch, or on the database when it is off or failing.

    Returns (result, backend used, fell back because of a failure).
    """
    if elasticsearch_enabled():
        from .elastic import queries

        try:
            return getattr(queries, name)(request), "elasticsearch", False
        except Exception:  # connection refused, timeout, missing index: the database answers instead
            logger.warning("Search: Elasticsearch failed during %s; using the database", name, exc_info=True)
            return getattr(database, name)(request), "database", True
    return getattr(database, name)(request), "database", False


def run_search(request):
    """Search for `request`; with no result, retry a spelling correction. Never raises for bad input."""
    results = SearchResults(request=request, notices=list(request.notices))
    if not request.words and not request.filters:
        return results
    raw, results.backend, results.fell_back = _backend_call("search", request)
    if raw.total == 0 and request.words:
        corrected, _backend, _fell_back = _backend_call("correction", request)
        if corrected:
            raw, request = _try_correction(raw, request, corrected, results)
    raw = _clamp_page(raw, request, results)
    results.total = raw.total
    results.hits = [_hit(entry, results.request) for entry in raw.entries]
    results.facets = _facet_groups(raw.facets, request.filters)
    return results


def _try_correction(raw, request, corrected, results):
    """Search the corrected words; keep them only if they find something."""
    retry = replace(request, text=corrected, notices=[], page=1)
    found, backend, fell_back = _backend_call("search", retry)
    if not found.total:
        return raw, request
    results.backend, results.fell_back = backend, results.fell_back or fell_back
    results.corrected_from, results.request = request.text, retry
    return found, retry


def _clamp_page(raw, request, results):
    """Past the last page: show the last page and say so."""
    last = max(1, -(-raw.total // RESULTS_PER_PAGE))
    if request.page <= last:
        return raw
    results.notices.append(_("There are only %(count)s pages of results; showing the last one.") % {"count": last})
    results.request = replace(results.request, page=last)
    raw, _backend, _fell_back = _backend_call("search", results.request)
    return raw


def _hit(entry, request):
    labels = registry.kind_labels()
    return SearchHit(
        title=highlight(entry.title, request.words),
        url=entry.url,
        snippet=snippet(entry.summary, entry.body, request.words),
        kind=entry.kind,
        kind_label=capfirst(labels.get(entry.kind, entry.kind)),
        language=entry.language,
        other_language=entry.language != request.language,
        date=entry.date,
        code=entry.code or "",
    )


def _facet_groups(counts, filters):
    groups = []
    for facet in FACETS:
        values = counts.get(facet.field, {})
        labels = facet_value_labels(facet)
        chosen = filters.get(facet.field, [])
        choices = [
            FacetChoice(value=value, label=str(labels.get(value, value)), count=count, selected=value in chosen)
            for value, count in values.items()
        ]
        choices += [
            FacetChoice(value, str(labels.get(value, value)), 0, True) for value in chosen if value not in values
        ]
        if choices:
            groups.append(FacetGroup(param=facet.param, label=str(facet.label), choices=choices))
    return groups


def suggestions(request, limit=10):
    """At most `limit` suggestions [{title, url, kind}] for what the visitor has typed so far."""
    found, _backend, _fell_back = _backend_call("suggest", request)
    labels = registry.kind_labels()
    return [{**item, "kind_label": capfirst(labels.get(item["kind"], item["kind"]))} for item in found[:limit]]


def code_destination(request):
    """The address of the one object whose code the visitor typed ("A-12", "SE-01"), or None.

    Only a bare code on the first page without filters goes straight to its object; a code two
    documents share (a decree cited by two policies) shows the results instead.
    """
    code = spaced(request.text)
    if not code or request.filters or request.page != 1:
        return None
    urls = list(
        SearchEntry.objects.filter(code_folded=code, language=request.language).values_list("url", flat=True)[:2]
    )
    return urls[0] if len(urls) == 1 else None
