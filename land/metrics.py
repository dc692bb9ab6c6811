"""Transparency metrics of land, registered with the home app's metric registry.

Only published parcels in published zones count (what the public list shows). Occupied land is the
area of parcels leased or reserved for an approved application; occupancy is that area as a share
of the total published area, including parcels not yet open. The trend counts the area of parcels
that went from available or not yet open to reserved or leased each year, from the status log.
"""

from django.db.models import Q, Sum
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from transparency.registry import AdminLink, Column, Measure, Metric, Point, Row, Unit, percent, register, rounded

from .models import Parcel, ParcelStatus, ParcelStatusChange, Zone

OCCUPIED = (ParcelStatus.LEASED, ParcelStatus.RESERVED)
PARCELS = "wagtailsnippets_land_parcel:list"


def zone_areas():
    """[(zone, leased m², reserved m², total m²)] of every published zone, in code order."""
    sums = (
        Parcel.objects.public()
        .order_by()
        .values("zone_id")
        .annotate(
            leased=Sum("area_m2", filter=Q(status=ParcelStatus.LEASED)),
            reserved=Sum("area_m2", filter=Q(status=ParcelStatus.RESERVED)),
            total=Sum("area_m2"),
        )
    )
    by_zone = {row["zone_id"]: row for row in sums}
    zones = Zone.objects.filter(live=True, pk__in=by_zone).order_by("code")
    return [
        (zone, by_zone[zone.pk]["leased"] or 0, by_zone[zone.pk]["reserved"] or 0, by_zone[zone.pk]["total"] or 0)
        for zone in zones
    ]


def occupancy():
    areas = zone_areas()
    rows = tuple(
        Row(
            label=str(zone),
            values={
                "leased": rounded(leased),
                "reserved": rounded(reserved),
                "total": rounded(total),
                "share": percent(leased + reserved, total),
            },
        )
        for zone, leased, reserved, total in areas
    )
    occupied = sum(leased + reserved for _zone, leased, reserved, _total in areas)
    total = sum(row[3] for row in areas)
    columns = (
        Column("leased", _("Leased (m²)")),
        Column("reserved", _("Reserved (m²)")),
        Column("total", _("Total (m²)")),
        Column("share", _("Occupied (%)")),
    )
    return Measure(value=percent(occupied, total), columns=columns, rows=rows)


def occupied_area():
    areas = zone_areas()
    occupied = sum(leased + reserved for _zone, leased, reserved, _total in areas)
    return Measure(value=rounded(occupied) if areas else None)


def put_to_use_series():
    changes = (
        ParcelStatusChange.objects.filter(
            to_status__in=OCCUPIED,
            from_status__in=(ParcelStatus.AVAILABLE, ParcelStatus.NOT_OPEN),
            parcel__isnull=False,
        )
        .order_by()
        .annotate(year=ExtractYear("created_at"))
        .values("year")
        .annotate(area=Sum("parcel__area_m2"))
        .order_by("year")
    )
    return [Point(str(row["year"]), rounded(row["area"])) for row in changes]


register(
    Metric(
        key="land.occupancy",
        label=_("Land occupancy (leased and reserved area against total)"),
        unit=Unit.PERCENT,
        compute=occupancy,
        series=put_to_use_series,
        series_label=_("Area put to use per year"),
        series_unit=Unit.SQUARE_METRES,
        definition=_("Leased and reserved area of published parcels as a share of their total area, by zone."),
        admin_links=(
            AdminLink(_("Leased parcels"), PARCELS, "status=leased"),
            AdminLink(_("Reserved parcels"), PARCELS, "status=reserved"),
        ),
        order=30,
    )
)
register(
    Metric(
        key="land.occupied_area",
        label=_("Land put to use (leased or reserved)"),
        unit=Unit.SQUARE_METRES,
        compute=occupied_area,
        series=put_to_use_series,
        series_label=_("Area put to use per year"),
        definition=_("Total area of published parcels that are leased or reserved."),
        admin_links=(AdminLink(_("Available parcels"), PARCELS, "status=available"),),
        order=31,
    )
)
