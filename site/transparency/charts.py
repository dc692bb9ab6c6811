"""Server-rendered bar charts of a metric's trend, as data for the SVG template.

Every chart carries its own text alternative: a title, a description listing each value, and the
same figures in a table beside it (rendered by the template).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40


@dataclass(frozen=True)
class Bar:
    """One bar: its box in SVG units, its period and its formatted value."""

    x: float
    y: float
    width: float
    height: float
    label_x: float
    period: str
    display: str


@dataclass(frozen=True)
class Chart:
    """A bar chart ready for templates/transparency/chart.svg."""

    id: str
    title: str
    description: str
    bars: tuple
    ticks: tuple  # (y, formatted value)
    target_y: float | None
    target_display: str
    width: int = WIDTH
    height: int = HEIGHT
    baseline_y: float = HEIGHT - BOTTOM
    left: int = LEFT
    right_x: int = WIDTH - RIGHT


def _scale_top(values):
    top = max(values, default=Decimal(0))
    if top <= 0:
        return Decimal(1)
    magnitude = Decimal(10) ** (len(str(int(top))) - 1)
    return ((top / magnitude).to_integral_value(rounding="ROUND_CEILING")) * magnitude


def bar_chart(chart_id, title, points, formatter, target=None):
    """A Chart of `points` (Point list); `formatter(value)` gives the text shown for a value."""
    values = [point.value for point in points if point.value is not None]
    top = _scale_top([*values, *([target] if target is not None else [])])
    plot_height = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / max(len(points), 1)

    def y_of(value):
        return round(TOP + plot_height * float(1 - Decimal(value) / top), 1)

    bars = []
    for index, point in enumerate(points):
        value = point.value or 0
        y = y_of(value)
        x = LEFT + index * slot + slot * 0.15
        display = formatter(point.value) if point.value is not None else _("no data")
        bars.append(
            Bar(
                round(x, 1),
                y,
                round(slot * 0.7, 1),
                round(HEIGHT - BOTTOM - y, 1),
                round(x + slot * 0.35, 1),
                point.period,
                display,
            )
        )
    ticks = tuple((y_of(top * step / 4), formatter(top * step / 4)) for step in range(5))
    return Chart(
        id=chart_id,
        title=title,
        description=describe(points, formatter, target),
        bars=tuple(bars),
        ticks=ticks,
        target_y=y_of(target) if target is not None else None,
        target_display=formatter(target) if target is not None else "",
    )


def describe(points, formatter, target=None):
    """The chart in words: every period and value, then the target."""
    if not points:
        return _("No data yet.")
    parts = [
        f"{point.period}: {formatter(point.value) if point.value is not None else _('no data')}" for point in points
    ]
    text = "; ".join(parts) + "."
    if target is not None:
        text += " " + _("Target: %(value)s.") % {"value": formatter(target)}
    return text
