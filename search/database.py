"""The database search path: word-prefix matching on folded text, weighted ranking, facet counts.

Works on SQLite and PostgreSQL with plain `contains` lookups on the `*_folded` columns, which hold
space-separated folded words, so " phan" matches a word starting with "phan" whatever the accents.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.utils import timezone

from core import search_registry as registry

from .folding import spaced
from .models import SearchEntry
from .query import FACETS, RESULTS_PER_PAGE

MAX_FACET_VALUES = 50
RECENT_DAYS = 180


@dataclass
class RawResults:
    """What a backend returns: one page of entries, the total, and {facet field: {value: count}}."""

    entries: list
    total: int
    facets: dict


def language_order(language):
    """0 for the visitor's language, 1 for the other: their own language comes first."""
    return Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())


def matching(request):
    """Entries containing every folded word of the query at the start of a word."""
    entries = SearchEntry.objects.all()
    for word in request.words:
        entries = entries.filter(text_folded__contains=f" {word}")
    return entries


def _filtered(entries, filters, skip=None):
    for field, values in filters.items():
        if field != skip:
            entries = entries.filter(**{f"{field}__in": values})
    return entries


def facet_counts(entries, filters):
    """Per facet, counts with every other facet's filter applied, so choices combine predictably."""
    counts = {}
    for facet in FACETS:
        rows = (
            _filtered(entries, filters, skip=facet.field)
            .exclude(**{facet.field: ""})
            .values(facet.field)
            .annotate(count=Count("id"))
            .order_by("-count", facet.field)[:MAX_FACET_VALUES]
        )
        counts[facet.field] = {row[facet.field]: row["count"] for row in rows}
    return counts


def _weight(condition, weight):
    return Case(When(condition, then=Value(float(weight))), default=Value(0.0), output_field=FloatField())


def score_expression(request):
    """Title above summary above body; the exact (accented) title above the folded one; recent news a little up."""
    folded = request.folded
    parts = [
        _weight(Q(title_exact__contains=request.text.lower()), 8),
        _weight(Q(title_folded__contains=f" {folded} "), 6),
        _weight(Q(title_folded__contains=f" {folded}"), 4),
        _weight(Q(code_folded=spaced(request.text)), 30),
    ]
    for word in request.words:
        parts.append(_weight(Q(title_folded__contains=f" {word}"), 3))
        parts.append(_weight(Q(summary_folded__contains=f" {word}"), 1.5))
    recent_kinds = [provider.kind for provider in registry.providers() if getattr(provider, "recency_boost", False)]
    since = timezone.localdate() - timedelta(days=RECENT_DAYS)
    parts.append(_weight(Q(kind__in=recent_kinds, date__gte=since), 1))
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total


def search(request):
    """One page of results for `request` with facet counts."""
    entries = matching(request)
    counts = facet_counts(entries, request.filters)
    chosen = _filtered(entries, request.filters)
    total = chosen.count()
    ordered = chosen.annotate(first=language_order(request.language))
    if request.words:
        ordered = ordered.annotate(score=score_expression(request)).order_by(
            "first", "-score", F("date").desc(nulls_last=True), "title"
        )
    else:
        ordered = ordered.order_by("first", F("date").desc(nulls_last=True), "title")
    page = list(ordered[request.offset : request.offset + RESULTS_PER_PAGE])
    return RawResults(entries=page, total=total, facets=counts)


def suggest(request, limit=10):
    """Up to `limit` titles in the visitor's language whose words start with the folded query."""
    folded = request.folded
    if not folded:
        return []
    starts = Q(title_folded__startswith=f" {folded}") | Q(code_folded__startswith=f" {folded}")
    entries = (
        SearchEntry.objects.filter(language=request.language)
        .filter(starts | Q(title_folded__contains=f" {folded}"))
        .annotate(first=Case(When(starts, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("first", "title")
        .only("title", "url", "kind")[: limit * 2]
    )
    return _unique_titles(entries, limit)


def _unique_titles(entries, limit):
    seen, suggestions = set(), []
    for entry in entries:
        if entry.title not in seen:
            seen.add(entry.title)
            suggestions.append({"title": entry.title, "url": entry.url, "kind": entry.kind})
    return suggestions[:limit]
