"""Server-rendered site plans: zones, parcels and office buildings turned into SVG shapes in the
template's coordinates.

The site plan works in metres with y pointing north; SVG's y points down, so y is flipped here.
Every parcel carries an accessible name (code, land use, area, status) and its status, which the
template shows with a pattern as well as a colour so the legend never relies on colour alone.
Office buildings are drawn over the parcels with their own outline style and legend entry; each is a
link to the office list filtered to that building, named by its code, name and units available.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.formatting import format_number

from . import geometry
from .labels import ChoiceLabels

PADDING_M = 12


@dataclass
class PlanShape:
    """One zone or parcel outline ready for the template."""

    code: str
    points: str
    label_x: float
    label_y: float
    css_class: str
    name: str = ""
    href: str = ""
    status: str = ""


@dataclass
class SitePlan:
    """A whole plan: the SVG viewBox, label size, zone outlines and parcel shapes."""

    view_box: str
    font_size: float
    zones: list = field(default_factory=list)
    parcels: list = field(default_factory=list)
    buildings: list = field(default_factory=list)


class AccessibleNames:
    """Names like "A-12, Software & R&D office, 5,200 m², available" in the active language.

    The choice labels and the sentence are translated once per plan rather than once per parcel: a
    plan of thousands of parcels would otherwise spend most of its time in gettext.
    """

    def __init__(self):
        self.template = _("%(code)s, %(use)s, %(area)s m², %(status)s")
        self.labels = ChoiceLabels()

    def __call__(self, parcel):
        return self.template % {
            "code": parcel.code,
            "use": self.labels.land_use(parcel),
            "area": format_number(parcel.area_m2),
            "status": self.labels.status(parcel).lower(),
        }


def building_name(building, units_available):
    """ "T1, Pine Tower, office building, 3 units available" in the active language."""
    return ngettext(
        "%(code)s, %(name)s, office building, %(count)s unit available",
        "%(code)s, %(name)s, office building, %(count)s units available",
        units_available,
    ) % {"code": building.code, "name": building.name, "count": units_available}


def build_plan(zones, parcels, *, url_for, matching=None, current=None, buildings=(), building_url_for=None):
    """A SitePlan of `zones`, `parcels` and office `buildings`.

    `url_for(parcel)` gives each parcel's link; parcels whose code is not in `matching` (when given)
    are drawn faded; the parcel whose code is `current` is highlighted. `building_url_for(building)`
    gives each building's link (its units); a building may carry `units_available` (annotated).
    """
    zone_outlines = [(zone, zone.outline_points()) for zone in zones]
    parcel_outlines = [(parcel, parcel.plan_points()) for parcel in parcels]
    building_outlines = [(building, building.plan_points()) for building in buildings]
    box = geometry.bounds(
        [points for _zone, points in zone_outlines]
        + [points for _p, points in parcel_outlines]
        + [points for _b, points in building_outlines]
    )
    if box is None:
        return SitePlan(view_box="0 0 100 100", font_size=4)
    min_x, min_y, max_x, max_y = box
    width, height = max_x - min_x + 2 * PADDING_M, max_y - min_y + 2 * PADDING_M

    def to_svg(points):
        return [(round(x - min_x + PADDING_M, 1), round(max_y - y + PADDING_M, 1)) for x, y in points]

    plan = SitePlan(view_box=f"0 0 {width:.1f} {height:.1f}", font_size=round(max(width, height) / 70, 1))
    accessible_name = AccessibleNames()
    for zone, points in zone_outlines:
        plan.zones.append(_shape(zone.code, to_svg(points), "plan-zone", name=str(zone)))
    for parcel, points in parcel_outlines:
        css = [f"plan-parcel plan-parcel--{parcel.status}"]
        if matching is not None and parcel.code not in matching:
            css.append("plan-parcel--faded")
        if parcel.code == current:
            css.append("plan-parcel--current")
        shape = _shape(parcel.code, to_svg(points), " ".join(css), name=accessible_name(parcel), href=url_for(parcel))
        shape.status = parcel.status
        plan.parcels.append(shape)
    for building, points in building_outlines:
        if not points:
            continue
        name = building_name(building, getattr(building, "units_available", 0) or 0)
        href = building_url_for(building) if building_url_for else ""
        plan.buildings.append(_shape(building.code, to_svg(points), "plan-building", name=name, href=href))
    return plan


def _shape(code, points, css_class, name="", href=""):
    label_x, label_y = geometry.centroid(points)
    return PlanShape(
        code=code,
        points=" ".join(f"{x},{y}" for x, y in points),
        label_x=round(label_x, 1),
        label_y=round(label_y, 1),
        css_class=css_class,
        name=name,
        href=href,
    )
