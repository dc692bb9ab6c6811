"""The CSV download of the transparency figures (a route of TransparencyPage)."""

from django.utils import timezone

from core.csv_export import csv_response

from .services import current_figures, plain

HEADER = ("section", "metric", "name", "period_or_row", "column", "value", "unit", "target", "direction", "deadline",
          "progress_percent", "computed_at")  # fmt: skip


def _number(value):
    return None if value is None else plain(value)


def csv_rows(figures):
    """The figures as CSV rows: targets, metric values, breakdown cells and trend points."""
    computed_at = figures.computed_at
    for target in figures.targets:
        metric = target.metric
        yield ("target", metric.key if metric else "", target.name, "", "", _number(metric.value if metric else None),
               target.unit, _number(target.target_value), target.direction, target.deadline,
               _number(target.progress), computed_at)  # fmt: skip
    for metric in figures.metrics:
        yield ("metric", metric.key, metric.label, "", "", _number(metric.value), metric.unit, "", "", "", "",
               computed_at)  # fmt: skip
        for label, cells in metric.raw_rows:
            for column, value in cells.items():
                yield ("breakdown", metric.key, metric.label, label, column, _number(value), "", "", "", "", "",
                       computed_at)  # fmt: skip
        for point in metric.series:
            yield ("trend", metric.key, metric.series_label, point.period, "", _number(point.value),
                   metric.series_unit, "", "", "", "", computed_at)  # fmt: skip


def figures_csv(request, page):
    """The page's figures as a UTF-8 CSV file (with a BOM so spreadsheet programs read Vietnamese)."""
    figures = current_figures()
    stamp = timezone.localtime(figures.computed_at).strftime("%Y-%m-%d")
    return csv_response(f"transparency-figures-{stamp}.csv", csv_rows(figures), header=HEADER)
