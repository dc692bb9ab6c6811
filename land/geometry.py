"""Plane geometry for parcel and zone outlines, and the site plan's georeference.

Outlines are lists of [x, y] points in site-plan metres (x east, y north from the park's survey
origin), closed (the last point repeats the first). The park's survey origin is tied to a WGS84
point in Đà Lạt, which is enough to convert plan metres to longitude/latitude at park scale.
"""

import math
from decimal import Decimal

# WGS84 position of the site-plan origin (0, 0): the south-west survey marker of the park.
ORIGIN_LAT = 11.9380
ORIGIN_LON = 108.4370
METRES_PER_DEGREE_LAT = 110_574.0


def is_closed(points):
    """True when the outline has at least three distinct corners and ends where it starts."""
    return len(points) >= 4 and list(points[0]) == list(points[-1]) and len({tuple(p) for p in points}) >= 3


def as_points(value):
    """`value` as a list of (float, float) pairs, or None when it is not a list of number pairs."""
    if not isinstance(value, list):
        return None
    points = []
    for item in value:
        if not isinstance(item, list | tuple) or len(item) != 2:
            return None
        if not all(isinstance(n, int | float | Decimal) and not isinstance(n, bool) for n in item):
            return None
        if not all(math.isfinite(float(n)) for n in item):
            return None
        points.append((float(item[0]), float(item[1])))
    return points


def contains_point(polygon, point, tolerance=1e-6):
    """True when `point` lies inside `polygon` or on its edge (ray casting)."""
    x, y = point
    if any(_on_segment(a, b, point, tolerance) for a, b in zip(polygon, polygon[1:], strict=False)):
        return True
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:], strict=False):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _on_segment(a, b, p, tolerance):
    cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    if abs(cross) > tolerance * max(1.0, math.dist(a, b)):
        return False
    return min(a[0], b[0]) - tolerance <= p[0] <= max(a[0], b[0]) + tolerance and (
        min(a[1], b[1]) - tolerance <= p[1] <= max(a[1], b[1]) + tolerance
    )


def contains_polygon(outer, inner):
    """True when every corner of `inner` lies inside (or on the edge of) `outer`."""
    return all(contains_point(outer, point) for point in inner)


def centroid(points):
    """The mean of the distinct corners: good enough to place a label or measure neighbours."""
    corners = points[:-1] if len(points) > 1 and points[0] == points[-1] else points
    if not corners:
        return (0.0, 0.0)
    return (sum(p[0] for p in corners) / len(corners), sum(p[1] for p in corners) / len(corners))


def plan_to_wgs84(points):
    """Site-plan metres to [longitude, latitude] pairs (GeoJSON order), rounded to about 1 cm."""
    metres_per_degree_lon = METRES_PER_DEGREE_LAT * math.cos(math.radians(ORIGIN_LAT))
    return [
        [round(ORIGIN_LON + x / metres_per_degree_lon, 7), round(ORIGIN_LAT + y / METRES_PER_DEGREE_LAT, 7)]
        for x, y in points
    ]


def bounds(polygons):
    """(min_x, min_y, max_x, max_y) over every point of `polygons`, or None when there are none."""
    xs = [p[0] for polygon in polygons for p in polygon]
    ys = [p[1] for polygon in polygons for p in polygon]
    if not xs:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


def polygon_area(points):
    """The area enclosed by a closed outline (shoelace formula), in square units of the points."""
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False))) / 2


def rectangle(x, y, width, height):
    """A closed rectangular outline with its south-west corner at (x, y)."""
    return [[x, y], [x + width, y], [x + width, y + height], [x, y + height], [x, y]]
