"""Satisfaction with the park's services, registered with the transparency metric registry.

The national public-service portal publishes citizens' satisfaction with each service; the park does
the same from its own ratings: per service and month of service, how many answered, the average
score (1–5) and the share who answered 4 or 5 ("satisfied"). Requests not answered are not counted.
"""

from collections import defaultdict

from django.db.models import Avg, Count, Q
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from transparency.registry import Column, Measure, Metric, Point, Row, Unit, percent, register, rounded, shared

from .models import Rating, Service

SATISFIED = Q(score__gte=4)


def monthly_results():
    """[(service, month, count, average, satisfied count)] of answered ratings, newest month first; one query."""
    rows = (
        Rating.objects.filter(answered_at__isnull=False)
        .order_by()
        .values("service", "month")
        .annotate(count=Count("pk"), average=Avg("score"), satisfied=Count("pk", filter=SATISFIED))
        .order_by("-month", "service")
    )
    return [(row["service"], row["month"], row["count"], row["average"], row["satisfied"]) for row in rows]


def _results():
    return shared("ratings.monthly_results", monthly_results)


def month_label(month):
    """ "11/2026" in Vietnamese, "Nov 2026" in English (the active language's year-month format)."""
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


def satisfaction():
    """The share of 4–5 answers over every answered rating, with a row per service and month."""
    results = _results()
    total = sum(row[2] for row in results)
    satisfied = sum(row[4] for row in results)
    columns = (
        Column("count", _("Ratings")),
        Column("average", _("Average score (1–5)")),
        Column("satisfied", _("Rated 4 or 5 (%)")),
    )
    rows = tuple(
        Row(
            f"{Service(service).label} – {month_label(month)}",
            {"count": count, "average": rounded(average), "satisfied": percent(happy, count)},
        )
        for service, month, count, average, happy in results
    )
    note = _("%(satisfied)s of %(total)s answers rated 4 or 5.") % {"satisfied": satisfied, "total": total}
    return Measure(value=percent(satisfied, total), columns=columns, rows=rows, note=note)


def satisfaction_series():
    """The share of 4–5 answers per month of service, every service together."""
    by_month = defaultdict(lambda: [0, 0])
    for _service, month, count, _average, happy in _results():
        by_month[month][0] += count
        by_month[month][1] += happy
    return [Point(month.strftime("%Y-%m"), percent(happy, count)) for month, (count, happy) in sorted(by_month.items())]


register(
    Metric(
        key="ratings.satisfaction",
        label=_("Users satisfied with the park's services"),
        unit=Unit.PERCENT,
        compute=satisfaction,
        series=satisfaction_series,
        series_label=_("Per month of service"),
        definition=_(
            "After a decision on their investment application or the end of their IT course, people are asked once "
            "to rate the service from 1 to 5. Share of answers rated 4 or 5; the table gives the number of "
            "answers, the average score and that share per service and month."
        ),
        order=13,
    )
)
