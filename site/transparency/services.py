"""Computing the transparency figures: every registered metric once, every target against its metric.

The result is cached per language for TRANSPARENCY_CACHE_SECONDS (default 600 s): measured values may
be up to that old, and the page says when they were computed. Editing a target clears the cache.
"""

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from .charts import bar_chart
from .registry import Unit, all_metrics, computation

logger = logging.getLogger(__name__)
CACHE_KEY = "transparency.figures.{language}"


@dataclass
class MetricFigure:
    """One metric's computed value, breakdown and trend, with texts in the active language."""

    key: str
    label: str
    unit: str
    value: Decimal | None
    display: str
    definition: str
    note: str
    columns: list
    rows: list  # [(label, [formatted cells])]
    raw_rows: list  # [(label, {column key: value})]
    series: list  # [Point]
    series_label: str
    series_unit: str
    chart: object
    admin_links: tuple


@dataclass
class TargetFigure:
    """A target with its measured value and progress."""

    pk: int
    name: str
    description: str
    source: str
    source_url: str
    deadline: object
    target_value: Decimal
    target_display: str
    unit: str
    direction: str
    metric: MetricFigure | None
    progress: Decimal | None
    met: bool | None
    status: str
    chart: object = None


@dataclass
class Figures:
    """Everything the page, the CSV and the admin panel show."""

    computed_at: object
    targets: list = field(default_factory=list)
    metrics: list = field(default_factory=list)


def format_value(value, unit):
    """A value with its unit, in the active language's number format (— when there is no data)."""
    if value is None:
        return "—"
    number = formats.number_format(plain(value), decimal_pos=None, use_l10n=True, force_grouping=True)
    if unit == Unit.PERCENT:
        return f"{number}%"
    if unit == Unit.COUNT:
        return number
    return f"{number} {Unit(unit).label}"


def plain(value):
    """A number without trailing zeros or exponent (1000.00 → 1000, 92.50 → 92.5)."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def progress_of(value, target, direction):
    """(progress 0–100, met) of `value` against `target`; (None, None) without a measurement."""
    if value is None:
        return None, None
    value, target = Decimal(value), Decimal(target)
    if direction == "at_most":
        met = value <= target
        share = Decimal(100) if met else target * 100 / value
    else:
        met = value >= target
        share = Decimal(100) if target <= 0 else min(value * 100 / target, Decimal(100))
    return share.quantize(Decimal("1")), met


def status_text(met, deadline, today):
    if met is None:
        return _("Not measured yet")
    if met:
        return _("Target met")
    if deadline < today:
        return _("Deadline passed, not met")
    return _("In progress")


def compute_metric(metric):
    """A MetricFigure of `metric` (errors are logged and shown as no data, never as a made-up figure)."""
    try:
        measure = metric.compute()
        series = metric.series() if metric.series else []
    except Exception:
        logger.exception("Metric %s failed", metric.key)
        from .registry import Measure

        measure, series = Measure(value=None, note=_("This figure could not be computed.")), []
    unit = str(metric.unit)
    trend_unit = str(metric.trend_unit)
    return MetricFigure(
        key=metric.key,
        label=str(metric.label),
        unit=unit,
        value=measure.value,
        display=format_value(measure.value, unit),
        definition=str(metric.definition),
        note=str(measure.note),
        columns=[str(column.label) for column in measure.columns],
        rows=[(row.label, [_cell(row.values.get(column.key)) for column in measure.columns]) for row in measure.rows],
        raw_rows=[(row.label, {str(c.label): row.values.get(c.key) for c in measure.columns}) for row in measure.rows],
        series=list(series),
        series_label=str(metric.series_label),
        series_unit=trend_unit,
        chart=None,
        admin_links=tuple((str(link.label), link.url_name, link.query) for link in metric.admin_links),
    )


def _cell(value):
    if value is None:
        return "—"
    return formats.number_format(plain(value), use_l10n=True, force_grouping=True)


def _chart_for(figure, chart_id, target=None):
    title = f"{figure.label} — {figure.series_label}" if figure.series_label else figure.label
    return bar_chart(chart_id, title, figure.series, lambda value: format_value(value, figure.series_unit), target)


def compute_figures():
    """Figures computed now from the database (no cache)."""
    from .models import Target

    with computation():
        metrics = {metric.key: compute_metric(metric) for metric in all_metrics()}
    for figure in metrics.values():
        figure.chart = _chart_for(figure, f"chart-{figure.key.replace('.', '-')}")
    today = timezone.localdate()
    targets = [_target_figure(target, metrics.get(target.metric_key), today) for target in Target.objects.all()]
    return Figures(computed_at=timezone.now(), targets=targets, metrics=list(metrics.values()))


def _target_figure(target, metric, today):
    value = metric.value if metric else None
    progress, met = progress_of(value, target.target_value, target.direction)
    figure = TargetFigure(
        pk=target.pk,
        name=target.name,
        description=target.description,
        source=target.source,
        source_url=target.source_url,
        deadline=target.deadline,
        target_value=target.target_value,
        target_display=format_value(target.target_value, target.unit),
        unit=target.unit,
        direction=target.direction,
        metric=metric,
        progress=progress,
        met=met,
        status=status_text(met, target.deadline, today),
    )
    if metric is not None and metric.series_unit == target.unit:
        figure.chart = _chart_for(metric, f"target-{target.pk}", target.target_value)
    elif metric is not None:
        figure.chart = metric.chart
    return figure


def cache_seconds():
    return getattr(settings, "TRANSPARENCY_CACHE_SECONDS", 600)


def current_figures():
    """The figures in the active language, from the cache when fresh."""
    key = CACHE_KEY.format(language=translation.get_language() or settings.LANGUAGE_CODE)
    figures = cache.get(key)
    if figures is None:
        figures = compute_figures()
        cache.set(key, figures, cache_seconds())
    return figures


def clear_cache(**_kwargs):
    """Forget the cached figures in every language (connected to Target saves and deletes)."""
    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
