"""Search quality: editors' promotions shown first, and an anonymous log of what searches led to.

Promotions are Wagtail's (`wagtail.contrib.search_promotions`): staff pin pages (or links) for a
query under Settings → Promoted search results. The log reuses Wagtail's `Query` and its daily hits,
and adds `QueryDailyOutcome` for searches with no result and clicks on the first result. Nothing
about the visitor is stored — no IP address, no user, no session: only the normalised query text
and day counters, kept 30 days (`WAGTAILSEARCH_HITS_MAX_AGE`, `searchpromotions_garbage_collect`).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from .models import QueryDailyOutcome, SearchEntry

REPORT_DAYS = 30


@dataclass(frozen=True)
class Promotion:
    """A result an editor pinned for the query."""

    title: str
    url: str
    description: str


def _existing_query(text):
    normalised = normalise_query_string(text)
    return Query.objects.filter(query_string=normalised).first() if normalised else None


def promotions(text, language):
    """The promoted results for `text`, in the editors' order: live public pages in the visitor's
    language where a translation exists, and external links."""
    query = _existing_query(text)
    if query is None:
        return []
    found = []
    for pick in query.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page_id:
            page = pick.page.specific.localized if pick.page.live else None
            if page is None or not page.live or page.get_view_restrictions().exists():
                continue
            found.append(Promotion(title=page.title, url=page.url, description=pick.description or ""))
        elif pick.external_link_url:
            title = pick.external_link_text or pick.external_link_url
            found.append(Promotion(title=title, url=pick.external_link_url, description=pick.description or ""))
    return found


def _outcome(query):
    today = timezone.localdate()
    outcome, _created = QueryDailyOutcome.objects.get_or_create(query=query, date=today)
    return outcome


def record_search(text, found_something):
    """Count one search for `text` (Wagtail's daily hits too), and whether it found nothing."""
    if not normalise_query_string(text):
        return
    with transaction.atomic():
        query = Query.get(text)
        query.add_hit(date=timezone.localdate())
        QueryDailyOutcome.objects.filter(pk=_outcome(query).pk).update(
            searches=F("searches") + 1, no_results=F("no_results") + (0 if found_something else 1)
        )


def record_first_click(text):
    """Count one click on the first result shown for `text` (only for a query already searched)."""
    query = _existing_query(text)
    if query is None:
        return
    QueryDailyOutcome.objects.filter(pk=_outcome(query).pk).update(first_clicks=F("first_clicks") + 1)


def is_known_destination(url):
    """True for an address search may send a visitor to: the address of an indexed document."""
    return bool(url) and SearchEntry.objects.filter(url=url).exists()


def report_rows(days=REPORT_DAYS, today=None):
    """Queries of the last `days` days with their searches, searches without result, first-result
    clicks, most searched first (annotated `Query` objects)."""
    since = (today or timezone.localdate()) - datetime.timedelta(days=days - 1)
    return (
        Query.objects.filter(daily_outcomes__date__gte=since)
        .annotate(
            searches=Sum("daily_outcomes__searches"),
            empty_searches=Sum("daily_outcomes__no_results"),
            first_result_clicks=Sum("daily_outcomes__first_clicks"),
        )
        .order_by("-searches", "query_string")
    )
