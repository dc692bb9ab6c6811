"""The metric registry: what can be measured, in which unit, and how to compute it.

A domain app registers its metrics in `<app>/metrics.py`:

    from transparency.registry import Metric, Unit, register
    register(Metric(key="land.occupancy", label=_("…"), unit=Unit.PERCENT, compute=..., series=...))

`compute()` returns a Measure (the current value and an optional breakdown table) and `series()`
a list of Points for the trend chart. Both read the database only, with a number of queries that
does not grow with the number of rows.
"""

import contextvars
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class Unit(models.TextChoices):
    """The units a measured value or a target may be expressed in."""

    PERCENT = "percent", _("%")
    WORKING_DAYS = "working_days", _("working days")
    SQUARE_METRES = "square_metres", _("m²")
    PEOPLE = "people", _("people")
    COUNT = "count", _("count")


@dataclass(frozen=True)
class Column:
    """One column of a breakdown table: a key into each row's values and its heading."""

    key: str
    label: str


@dataclass(frozen=True)
class Row:
    """One line of a breakdown table (a zone, a status, a programme…)."""

    label: str
    values: dict


@dataclass(frozen=True)
class Measure:
    """A metric's current value, with an optional breakdown table and an explanatory note."""

    value: Decimal | None
    columns: tuple = ()
    rows: tuple = ()
    note: str = ""


@dataclass(frozen=True)
class Point:
    """One period (a year or a month, as text) of a trend series and its value (None: no data)."""

    period: str
    value: Decimal | None


@dataclass(frozen=True)
class AdminLink:
    """A link from the staff dashboard to a filtered admin list, by URL name and query string."""

    label: str
    url_name: str
    query: str = ""


@dataclass(frozen=True)
class Metric:
    """A measurable figure: key, label, unit, and the functions that compute it from the database."""

    key: str
    label: str
    unit: str
    compute: Callable[[], Measure]
    series: Callable[[], list] | None = None
    series_label: str = ""
    series_unit: str = ""  # defaults to `unit`
    definition: str = ""
    admin_links: tuple = field(default_factory=tuple)
    order: int = 100

    @property
    def trend_unit(self):
        return self.series_unit or self.unit


_metrics: dict[str, Metric] = {}
_discovered = False


def register(metric):
    """Register (or replace, by key) a metric."""
    _metrics[metric.key] = metric
    return metric


def discover():
    """Import every installed app's `metrics` module once (called from TransparencyConfig.ready)."""
    global _discovered
    if not _discovered:
        _discovered = True
        autodiscover_modules("metrics")


def all_metrics():
    """Registered metrics in display order."""
    return sorted(_metrics.values(), key=lambda metric: (metric.order, metric.key))


def get(key):
    """The metric registered under `key`, or None."""
    return _metrics.get(key)


def metric_choices():
    """(key, label) pairs for the Target snippet's metric field."""
    return [(metric.key, metric.label) for metric in all_metrics()]


def percent(part, whole):
    """`part` as a percentage of `whole`, one decimal place; None when `whole` is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def rounded(value, places="0.1"):
    """A number as a Decimal rounded half up (None stays None)."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


_computation = contextvars.ContextVar("transparency_computation", default=None)


@contextmanager
def computation():
    """One pass over every metric: `shared()` results are computed once inside it, then forgotten."""
    token = _computation.set({})
    try:
        yield
    finally:
        _computation.reset(token)


def shared(name, function):
    """`function()`, computed once per computation pass when several metrics need the same rows."""
    store = _computation.get()
    if store is None:
        return function()
    if name not in store:
        store[name] = function()
    return store[name]
