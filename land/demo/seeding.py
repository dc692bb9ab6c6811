"""Demo content for the land app: the land pages, five zones and 65 × scale parcels near Đà Lạt.

Idempotent: pages, zones and parcels are looked up by slug and code; nothing existing is changed.
Run `seed_demo --scale N` on a fresh database for load tests (the layout depends on the scale).
"""

import math
import random
from decimal import Decimal

from django.utils import timezone

from core.seeding import DEMO_MARK, demo_image, ensure_bilingual
from land import geometry
from land.models import LandIndexPage, LandUse, Parcel, ParcelPhoto, ParcelStatus, ParcelStatusChange, Zone

from .seed_data import LAND_USE_TEXTS, PHOTO_TEXTS, STATUS_CYCLE, ZONES, draw_photo

PARCELS_PER_ZONE = 13
ROAD_M = 8
PRICE_RANGES = {
    LandUse.SOFTWARE_OFFICE: (2.2, 3.6),
    LandUse.DATA_CENTRE: (2.8, 4.2),
    LandUse.DIGITAL_CONTENT: (2.0, 3.2),
    LandUse.TRAINING_SERVICES: (1.6, 2.6),
    LandUse.EXPERT_HOUSING: (3.0, 4.5),
}


def seed_land(context):
    """The seed_demo step: land pages in both languages, zones, parcels with photos and statuses."""
    seed_pages(context.homes)
    photos = {use: demo_image(PHOTO_TEXTS[use]["title"], draw_photo(use)) for use in LandUse.values}
    created = 0
    for spec in ZONES:
        zone = seed_zone(spec)
        count = PARCELS_PER_ZONE * max(1, context.scale)
        for index, outline in enumerate(grid_cells(spec["outline"], count)):
            created += seed_parcel(zone, spec, index, outline, photos)
    context.log(f"land: {created} parcels created")


def seed_pages(homes):
    """The land index page under each home page (Vietnamese slug quy-dat, English slug land)."""
    return ensure_bilingual(
        homes["vi"],
        LandIndexPage,
        vi={
            "slug": "quy-dat",
            "title": "Quỹ đất",
            "show_in_menus": True,
            "intro": "Tìm lô đất phù hợp với dự án của bạn: lọc theo phân khu, mục đích sử dụng, diện tích "
            "và giá thuê.",
        },
        en={
            "slug": "land",
            "title": "Land",
            "show_in_menus": True,
            "intro": "Find the parcel that fits your project: filter by zone, land use, area and lease price.",
        },
    )


def seed_zone(spec):
    zone = Zone.objects.filter(code=spec["code"]).first()
    if zone is not None:
        return zone
    zone = Zone(
        code=spec["code"],
        name_vi=spec["name_vi"],
        name_en=spec["name_en"],
        purpose_vi=spec["purpose_vi"],
        purpose_en=spec["purpose_en"],
        outline=geometry.rectangle(*spec["outline"]),
        live=True,
    )
    zone.save()
    zone.save_revision().publish()
    return zone


def grid_cells(zone_box, count):
    """`count` parcel outlines laid out in a grid inside the zone rectangle, separated by roads."""
    x0, y0, width, height = zone_box
    columns = max(1, math.ceil(math.sqrt(count * width / height)))
    rows = math.ceil(count / columns)
    cell_w, cell_h = width / columns, height / rows
    for number in range(count):
        row, column = divmod(number, columns)
        shrink = 1 - (number % 3) * 0.06  # vary sizes a little
        w, h = (cell_w - ROAD_M) * shrink, cell_h - ROAD_M
        x, y = x0 + column * cell_w + ROAD_M / 2, y0 + row * cell_h + ROAD_M / 2
        yield geometry.rectangle(round(x, 2), round(y, 2), round(w, 2), round(h, 2))


def seed_parcel(zone, spec, index, outline, photos):
    """Create parcel `<zone>-<index + 1>` unless it exists; returns 1 when created."""
    code = f"{zone.code}-{index + 1}"
    if Parcel.objects.filter(code=code).exists():
        return 0
    rng = random.Random(code)  # noqa: S311 - demo data, reproducible on purpose
    land_use = spec["uses"][index % len(spec["uses"])]
    status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
    low, high = PRICE_RANGES[land_use]
    texts = LAND_USE_TEXTS[land_use]
    area = Decimal(str(round(geometry.polygon_area(outline), 1)))
    parcel = Parcel(
        code=code,
        zone=zone,
        land_use=land_use,
        status=status,
        area_m2=area,
        lease_price_usd=Decimal(str(round(rng.uniform(low, high), 2))),
        max_lease_term_years=rng.choice([30, 40, 50, 50, 50]),
        building_density_pct=Decimal(rng.choice([30, 35, 40, 45, 50])),
        floor_area_ratio=Decimal(rng.choice(["1.2", "1.5", "1.8", "2.0", "2.4"])),
        max_height_m=Decimal(rng.choice([12, 15, 18, 21, 25])),
        power_capacity_kva=texts["power"] * rng.choice([1, 2, 3]),
        fibre_capacity_gbps=Decimal(rng.choice(["1", "10", "10", "40", "100"])),
        water_capacity_m3_day=rng.choice([20, 30, 50, 80, 120]),
        plan_polygon=outline,
        summary_vi=texts["summary_vi"].format(code=code, zone=zone.name_vi, area=f"{area:,.0f}".replace(",", ".")),
        summary_en=texts["summary_en"].format(code=code, zone=zone.name_en, area=f"{area:,.0f}"),
        notes_vi=f"{DEMO_MARK} {spec['notes_vi']}",
        notes_en=f"{DEMO_MARK} {spec['notes_en']}",
        featured=index in (0, 4),
        status_changed_at=timezone.now(),
        live=True,
    )
    parcel.geo_polygon = geometry.plan_to_wgs84(parcel.plan_points())
    parcel.photos = [
        ParcelPhoto(
            image=photos[land_use], alt_vi=PHOTO_TEXTS[land_use]["alt_vi"], alt_en=PHOTO_TEXTS[land_use]["alt_en"]
        )
    ]
    parcel.save()
    parcel.save_revision().publish()
    if status != ParcelStatus.NOT_OPEN:
        ParcelStatusChange.objects.create(
            parcel=parcel,
            parcel_code=code,
            from_status=ParcelStatus.NOT_OPEN,
            to_status=status,
            reason=f"{DEMO_MARK} Trạng thái ban đầu của dữ liệu mẫu / initial demo status",
        )
    return 1
