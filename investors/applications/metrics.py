"""Transparency metrics of investment applications, registered with the home app's metric registry.

"Handled fully online" (Decree 42/2022: every step, from submission to result, online) is measured on
decided files (approved or rejected) and holds when all of these are true in the database:
- the file was submitted in the portal by the applicant's own account (the `submitted` status change
  has the applicant as actor, not an officer keying in a paper file);
- every answer to a request for information came through the portal from the applicant;
- every document of the file (not counting thread attachments) was uploaded by the applicant;
- the decision was recorded as a status change in the portal, so the letter is downloadable there.

Processing time counts working days (weekdays minus Vietnamese public holidays, see clock.py) from
submission to decision, minus the working days the file waited for the applicant's information.
Its statutory time is the sum of the step durations it went through: submitted, screening and
appraisal, plus one `resubmitted` step for every round of requested information.
"""

import datetime
import math
import statistics
from collections import defaultdict
from functools import lru_cache

from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from transparency.registry import (
    AdminLink,
    Column,
    Measure,
    Metric,
    Point,
    Row,
    Unit,
    percent,
    register,
    rounded,
    shared,
)

from .clock import is_working_day, local_date, step_durations
from .models import ApplicationDocument, ApplicationStatus, InvestmentApplication, StatusChange
from .models.applications import DOMESTIC_COUNTRY

S = ApplicationStatus
DECIDED = (S.APPROVED, S.REJECTED)
INBOX = "applications_review:index"


EPOCH_YEAR = 2000


@lru_cache(maxsize=128)
def _year_prefix(year):
    """Working days from 1 January of `year` up to and including each day of the year."""
    day, counts, total = datetime.date(year, 1, 1), [], 0
    while day.year == year:
        total += is_working_day(day)
        counts.append(total)
        day += datetime.timedelta(days=1)
    return tuple(counts)


@lru_cache(maxsize=128)
def _before_year(year):
    return sum(_year_prefix(earlier)[-1] for earlier in range(EPOCH_YEAR, year))


def _working_day_number(day):
    return _before_year(day.year) + _year_prefix(day.year)[day.timetuple().tm_yday - 1]


def working_days_between(start, end):
    """clock.working_days_between(start, end) in constant time, from per-year prefix sums (same calendar)."""
    if end <= start:
        return 0
    return _working_day_number(end) - _working_day_number(start)


def decided_applications():
    # order_by() clears the model's default ordering so GROUP BY holds only the grouped columns
    return InvestmentApplication.objects.filter(status__in=DECIDED, submitted_at__isnull=False).order_by()


def fully_online_q():
    """A Q that holds for a decided application handled fully online (see the module docstring)."""
    changes = StatusChange.objects.filter(application=OuterRef("pk"))
    submitted_by_applicant = Exists(changes.filter(to_status=S.SUBMITTED, actor=OuterRef("applicant")))
    answered_elsewhere = Exists(changes.filter(to_status=S.RESUBMITTED).exclude(actor=OuterRef("applicant")))
    uploaded_by_others = Exists(
        ApplicationDocument.objects.filter(application=OuterRef("pk"), message__isnull=True).exclude(
            uploaded_by=OuterRef("applicant")
        )
    )
    decision_logged = Exists(changes.filter(to_status__in=DECIDED))
    return Q(submitted_by_applicant) & ~Q(answered_elsewhere) & ~Q(uploaded_by_others) & Q(decision_logged)


def online_counts():
    """(decided, fully online) counts."""
    decided = decided_applications()
    return decided.count(), decided.filter(fully_online_q()).count()


def online_share():
    total, online = online_counts()
    note = _("%(online)s of %(total)s decided applications.") % {"online": online, "total": total}
    return Measure(value=percent(online, total), note=note)


def online_share_series():
    decided = decided_applications().annotate(year=ExtractYear("decided_at"))
    totals = dict(decided.values_list("year").annotate(n=Count("pk")).values_list("year", "n"))
    online = dict(decided.filter(fully_online_q()).values_list("year").annotate(n=Count("pk")).values_list("year", "n"))
    return [Point(str(year), percent(online.get(year, 0), totals[year])) for year in sorted(totals)]


def processing_records():
    """[(decision year, working days taken, statutory working days)] of every decided application."""
    return shared("applications.processing_records", _processing_records)


def _processing_records():
    durations = step_durations()
    base = durations["submitted"] + durations["screening"] + durations["appraisal"]
    waits, rounds = applicant_waits()
    records = []
    for pk, submitted_at, decided_at in decided_applications().values_list("pk", "submitted_at", "decided_at"):
        if decided_at is None:
            continue
        days = working_days_between(local_date(submitted_at), local_date(decided_at)) - waits.get(pk, 0)
        statutory = base + rounds.get(pk, 0) * durations["resubmitted"]
        records.append((local_date(decided_at).year, max(days, 0), statutory))
    return records


def applicant_waits():
    """Working days each decided file waited for the applicant, and its number of information rounds."""
    changes = (
        StatusChange.objects.filter(application__status__in=DECIDED)
        .filter(Q(to_status=S.INFO_REQUESTED) | Q(from_status=S.INFO_REQUESTED))
        .order_by("application_id", "created_at", "pk")
        .values_list("application_id", "to_status", "created_at")
    )
    waits, rounds, started = defaultdict(int), defaultdict(int), {}
    for application_id, to_status, created_at in changes:
        if to_status == S.INFO_REQUESTED:
            started[application_id] = local_date(created_at)
            rounds[application_id] += 1
        elif application_id in started:
            waits[application_id] += working_days_between(started.pop(application_id), local_date(created_at))
    return waits, rounds


def nearest_rank(values, share):
    """The nearest-rank percentile (`share` in 0–1) of `values`; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def _processing_note():
    durations = step_durations()
    statutory = durations["submitted"] + durations["screening"] + durations["appraisal"]
    return _("Statutory time without requests for information: %(days)s working days.") % {"days": statutory}


def processing_median():
    days = [record[1] for record in processing_records()]
    return Measure(value=rounded(statistics.median(days)) if days else None, note=_processing_note())


def processing_p90():
    days = [record[1] for record in processing_records()]
    return Measure(value=rounded(nearest_rank(days, 0.9)), note=_processing_note())


def on_time_share():
    records = processing_records()
    on_time = sum(1 for _year, days, statutory in records if days <= statutory)
    note = _("%(on_time)s of %(total)s decided applications within their statutory time.") % {
        "on_time": on_time,
        "total": len(records),
    }
    return Measure(value=percent(on_time, len(records)), note=note)


def _by_year(records):
    years = defaultdict(list)
    for year, days, statutory in records:
        years[year].append((days, statutory))
    return dict(sorted(years.items()))


def processing_median_series():
    return [
        Point(str(year), rounded(statistics.median(d for d, _s in rows)))
        for year, rows in _by_year(processing_records()).items()
    ]


def processing_p90_series():
    return [
        Point(str(year), rounded(nearest_rank([d for d, _s in rows], 0.9)))
        for year, rows in _by_year(processing_records()).items()
    ]


def on_time_series():
    return [
        Point(str(year), percent(sum(1 for d, s in rows if d <= s), len(rows)))
        for year, rows in _by_year(processing_records()).items()
    ]


def submitted_applications():
    return InvestmentApplication.objects.exclude(status=S.DRAFT).filter(submitted_at__isnull=False).order_by()


def by_status():
    counts = dict(submitted_applications().values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    rows = tuple(
        Row(label=str(label), values={"count": counts.get(value, 0)}) for value, label in S.choices if value != S.DRAFT
    )
    return Measure(value=sum(counts.values()), columns=(Column("count", _("Applications")),), rows=rows)


def submissions_series():
    years = submitted_applications().annotate(year=ExtractYear("submitted_at")).values_list("year")
    return [Point(str(year), n) for year, n in years.annotate(n=Count("pk")).order_by("year").values_list("year", "n")]


def by_origin():
    counts = submitted_applications().aggregate(
        domestic=Count("pk", filter=Q(country=DOMESTIC_COUNTRY)),
        foreign=Count("pk", filter=~Q(country=DOMESTIC_COUNTRY)),
    )
    total = counts["domestic"] + counts["foreign"]
    rows = (
        Row(str(_("Domestic investors")), {"count": counts["domestic"], "share": percent(counts["domestic"], total)}),
        Row(str(_("Foreign investors")), {"count": counts["foreign"], "share": percent(counts["foreign"], total)}),
    )
    columns = (Column("count", _("Applications")), Column("share", _("Share (%)")))
    return Measure(value=percent(counts["foreign"], total), columns=columns, rows=rows)


def foreign_share_series():
    years = submitted_applications().annotate(year=ExtractYear("submitted_at")).values("year").order_by("year")
    counts = years.annotate(total=Count("pk"), foreign=Count("pk", filter=~Q(country=DOMESTIC_COUNTRY)))
    return [Point(str(row["year"]), percent(row["foreign"], row["total"])) for row in counts]


PER_YEAR = _("Per year of decision")
register(
    Metric(
        key="applications.online_share",
        label=_("Investment applications handled fully online"),
        unit=Unit.PERCENT,
        compute=online_share,
        series=online_share_series,
        series_label=PER_YEAR,
        definition=_(
            "Decided applications submitted, answered, documented and decided in the portal by the applicant "
            "and the park's staff, as a share of all decided applications."
        ),
        admin_links=(AdminLink(_("Approved applications"), INBOX, "status=approved"),),
        order=10,
    )
)
register(
    Metric(
        key="applications.processing_median",
        label=_("Median processing time of investment applications"),
        unit=Unit.WORKING_DAYS,
        compute=processing_median,
        series=processing_median_series,
        series_label=PER_YEAR,
        definition=_(
            "Working days from submission to decision, not counting the days the file waited for the applicant."
        ),
        admin_links=(AdminLink(_("Overdue applications"), INBOX, "overdue=yes"),),
        order=11,
    )
)
register(
    Metric(
        key="applications.processing_p90",
        label=_("90th-percentile processing time of investment applications"),
        unit=Unit.WORKING_DAYS,
        compute=processing_p90,
        series=processing_p90_series,
        series_label=PER_YEAR,
        definition=_("Nine in ten decided applications took at most this many working days (nearest rank)."),
        admin_links=(AdminLink(_("Overdue applications"), INBOX, "overdue=yes"),),
        order=12,
    )
)
register(
    Metric(
        key="applications.on_time_share",
        label=_("Investment applications decided within the statutory time"),
        unit=Unit.PERCENT,
        compute=on_time_share,
        series=on_time_series,
        series_label=PER_YEAR,
        definition=_("Decided applications whose processing time did not exceed the sum of their steps' durations."),
        admin_links=(AdminLink(_("Applications on time"), INBOX, "overdue=no"),),
        order=13,
    )
)
register(
    Metric(
        key="applications.by_status",
        label=_("Investment applications submitted, by status"),
        unit=Unit.COUNT,
        compute=by_status,
        series=submissions_series,
        series_label=_("Applications submitted per year"),
        admin_links=(
            AdminLink(_("All applications"), INBOX),
            AdminLink(_("Applications in appraisal"), INBOX, "status=appraisal"),
        ),
        order=14,
    )
)
register(
    Metric(
        key="applications.foreign_share",
        label=_("Share of investment applications from foreign investors"),
        unit=Unit.PERCENT,
        compute=by_origin,
        series=foreign_share_series,
        series_label=_("Per year of submission"),
        admin_links=(
            AdminLink(_("Domestic investors"), INBOX, "origin=domestic"),
            AdminLink(_("Foreign investors"), INBOX, "origin=foreign"),
        ),
        order=15,
    )
)
