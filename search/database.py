"""The database search path: word-prefix matching on folded text, weighted ranking, facet counts.

Works on SQLite and PostgreSQL with plain `contains` lookups on the `*_folded` columns, which hold
space-separated folded words, so " phan" matches a word starting with "phan" whatever the accents.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.db.models.functions import Length
from django.utils import timezone

from core import search_registry as registry

from . import spelling
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


def _phrase(alternative, prefix):
    """The `contains` needle of one phrase: whole words, or the start of a word for a typed single word."""
    words = " ".join(alternative)
    return f" {words}" if prefix else f" {words} "


def slot_condition(slot, column="text_folded"):
    """Q: `column` holds one of the slot's phrases (the typed word may be the start of a longer word)."""
    condition = Q()
    for alternative in slot.alternatives:
        prefix = slot.prefix_ok and alternative == slot.words
        condition |= Q(**{f"{column}__contains": _phrase(alternative, prefix)})
    return condition


def matching(request):
    """Entries matching every term of the query: as typed (start of a word) or as one of its synonyms."""
    entries = SearchEntry.objects.all()
    for slot in request.understanding.slots:
        entries = entries.filter(slot_condition(slot))
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


INTENT_WEIGHT = 5  # the query names a kind among other words
STRONG_INTENT_WEIGHT = 25  # the query is only the name of a kind ("đất", "certificate")


def score_expression(request):
    """Title above summary above body; the exact (accented) title above the folded one; the kind the
    query names (intent) above other kinds; recent news a little up."""
    folded = request.folded
    understanding = request.understanding
    parts = [
        _weight(Q(title_exact__contains=request.text.lower()), 8),
        _weight(Q(title_folded__contains=f" {folded} "), 6),
        _weight(Q(title_folded__contains=f" {folded}"), 4),
        _weight(Q(code_folded=spaced(request.text)), 30),
    ]
    titles = [spaced(request.text), *understanding.readings()]
    parts.append(_weight(Q(title_folded__in=titles), 5))  # the title is the query, or one of its synonyms
    for slot in understanding.slots:
        parts.append(_weight(slot_condition(slot, "title_folded"), 3))
        parts.append(_weight(slot_condition(slot, "summary_folded"), 1.5))
        parts.append(_weight(Q(title_folded__contains=_phrase(slot.words, prefix=False)), 1))
    if understanding.providers:
        weight = STRONG_INTENT_WEIGHT if understanding.names_a_kind else INTENT_WEIGHT
        parts.append(_weight(Q(provider__in=understanding.providers), weight))
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
        # Equal scores: the most concise title first (a programme before its cohorts), then the newest.
        ordered = ordered.annotate(score=score_expression(request), title_length=Length("title")).order_by(
            "first", "-score", "title_length", F("date").desc(nulls_last=True), "title"
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
        # A title the words start is closest; among the rest, the shorter the title the more it is about the
        # words ("Phần mềm nhúng" before a zoning map that names the software park), then alphabetical.
        .order_by("first", Length("title"), "title")
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


def correction(request):
    """The query with unknown words replaced by the nearest vocabulary words (search.spelling), or None."""
    return spelling.correction(request.words)
