"""Demo content for office space: the office pages, two buildings, 26 × scale units and desks, and the
costs of occupancy (tariffs with their sources, payment schedules).

Idempotent: pages, buildings and units are looked up by slug and code; nothing existing is changed,
and the cost setting only gets values where it is still empty.
"""

import datetime
import random
from decimal import Decimal

from core.seeding import DEMO_MARK, demo_image, ensure_bilingual
from land import geometry
from land.models import Building, FitOut, OccupancyCosts, OfficeIndexPage, Unit, UnitKind, UnitPhoto, UnitStatus, Zone

BUILDINGS = [
    {
        "code": "T1",
        "zone": "A",
        "floors": 6,
        "per_floor": 3,
        "footprint": (30, 250, 60, 40),
        "name_vi": "Tòa Thông Xanh",
        "name_en": "Pine Tower",
        "description_vi": (
            "Tòa văn phòng sáu tầng ở cổng chính, hai thang máy, bãi đỗ xe ngầm và nhà ăn chung ở tầng trệt."
        ),
        "description_en": (
            "Six-storey office building at the main gate, two lifts, basement parking and a shared canteen."
        ),
        "kinds": [UnitKind.OFFICE],
    },
    {
        "code": "I1",
        "zone": "D",
        "floors": 4,
        "per_floor": 2,
        "footprint": (400, 340, 50, 30),
        "name_vi": "Nhà Ươm tạo Langbiang",
        "name_en": "Langbiang Incubator",
        "description_vi": (
            "Không gian làm việc chung và ươm tạo khởi nghiệp, phòng họp đặt theo giờ, cà phê và sự kiện hằng tuần."
        ),
        "description_en": (
            "Co-working and start-up incubation space, meeting rooms by the hour, coffee and weekly events."
        ),
        "kinds": [UnitKind.COWORKING, UnitKind.INCUBATOR, UnitKind.OFFICE],
    },
]
STATUS_CYCLE = [
    UnitStatus.AVAILABLE,
    UnitStatus.AVAILABLE,
    UnitStatus.RESERVED,
    UnitStatus.AVAILABLE,
    UnitStatus.LEASED,
]
FIT_OUTS = [FitOut.FITTED, FitOut.SHELL, FitOut.FURNISHED]
SUMMARIES = {
    UnitKind.OFFICE: (
        "Văn phòng {area} m² ở tầng {floor}, nhìn ra đồi thông, điều hòa trung tâm và cáp quang đến tận sàn.",
        "A {area} m² office on floor {floor}, looking over the pines, with central air conditioning "
        "and fibre to the floor.",
    ),
    UnitKind.COWORKING: (
        "Bàn làm việc chung trong không gian mở {area} m², dùng chung phòng họp, máy in và khu bếp.",
        "Hot and fixed desks in an open {area} m² space, sharing meeting rooms, printers and a kitchen.",
    ),
    UnitKind.INCUBATOR: (
        "Bàn ươm tạo cho nhóm khởi nghiệp: cố vấn hằng tuần, kết nối nhà đầu tư và các lớp đào tạo của khu.",
        "Incubator desks for start-up teams: weekly mentoring, investor introductions and the park's training courses.",
    ),
}
PHOTO_TEXTS = {
    "title": "[DEMO] Offices – interior",
    "alt_vi": "Văn phòng sáng với cửa kính lớn nhìn ra rừng thông",
    "alt_en": "A bright office with tall windows facing the pine forest",
}
COSTS = {
    "parcel_schedule_vi": "Tiền thuê đất và phí hạ tầng trả hằng năm trước ngày 31/3; "
    "tiền đặt cọc nộp khi ký hợp đồng. "
    "Có thể trả một lần cho cả thời hạn thuê theo quy định về tiền thuê đất.",
    "parcel_schedule_en": "Land rent and the infrastructure fee are paid yearly before 31 March; "
    "the deposit on signing. "
    "Rent for the whole term may be paid at once, as land-rent rules allow.",
    "unit_schedule_vi": "Tiền thuê và phí dịch vụ trả theo quý, trước ngày 5 của tháng đầu quý; "
    "điện nước theo công tơ hằng tháng.",
    "unit_schedule_en": "Rent and service charge are paid quarterly in advance, "
    "before the 5th of the quarter's first month; "
    "electricity and water monthly on the meters.",
    "electricity_source": "EVN, biểu giá kinh doanh dưới 6 kV, giờ bình thường (cần xác nhận / to be confirmed)",
    "water_source": "Lawaco, QĐ 22/2018/QĐ-UBND tỉnh Lâm Đồng: kinh doanh, dịch vụ (cần xác nhận / to be confirmed)",
    "internet_source": "Giá tham khảo cáp quang doanh nghiệp (cần xác nhận / to be confirmed)",
}


def draw_interior(draw, width, height):
    """An office interior: window wall with pines, floor, desks."""
    draw.rectangle([0, 0, width, height], fill=(235, 232, 225))
    draw.rectangle([width * 0.1, height * 0.1, width * 0.9, height * 0.55], fill=(170, 205, 230))
    for tree in range(8):
        x = width * 0.12 + tree * width * 0.1
        draw.polygon([(x, height * 0.25), (x - 30, height * 0.55), (x + 30, height * 0.55)], fill=(40, 95, 60))
    draw.rectangle([0, height * 0.7, width, height], fill=(160, 130, 100))
    for desk in range(4):
        x = width * 0.1 + desk * width * 0.21
        draw.rectangle([x, height * 0.62, x + width * 0.16, height * 0.68], fill=(90, 90, 95))


def draw_floor_plan(draw, width, height):
    """A schematic floor plan: outer walls, rooms and a door."""
    draw.rectangle([0, 0, width, height], fill=(250, 250, 250))
    draw.rectangle([40, 40, width - 40, height - 40], outline=(30, 30, 30), width=10)
    draw.line([(width * 0.55, 40), (width * 0.55, height - 40)], fill=(30, 30, 30), width=6)
    draw.line([(width * 0.55, height * 0.5), (width - 40, height * 0.5)], fill=(30, 30, 30), width=6)
    draw.rectangle([width * 0.25, height - 46, width * 0.35, height - 34], fill=(250, 250, 250))


def seed_offices(context):
    """Office pages in both languages, buildings, units and desks (26 × scale), and the cost setting."""
    seed_office_pages(context.homes)
    seed_costs()
    photo = demo_image(PHOTO_TEXTS["title"], draw_interior)
    plan = demo_image("[DEMO] Offices – floor plan", draw_floor_plan, size=(1200, 800))
    created = 0
    for spec in BUILDINGS:
        building = seed_building(spec)
        per_floor = spec["per_floor"] * max(1, context.scale)
        for floor in range(1, spec["floors"] + 1):
            for slot in range(1, per_floor + 1):
                created += seed_unit(building, spec, floor, slot, photo, plan)
    context.log(f"offices: {created} units created")


def seed_office_pages(homes):
    """The office page under each home page (Vietnamese slug van-phong, English slug offices)."""
    return ensure_bilingual(
        homes["vi"],
        OfficeIndexPage,
        vi={
            "slug": "van-phong",
            "title": "Văn phòng cho thuê",
            "show_in_menus": True,
            "intro": "Văn phòng xây sẵn, bàn làm việc chung và bàn ươm tạo: lọc theo tòa nhà, diện tích, giá và ngày "
            "có thể vào ở, xem chi phí cả năm.",
        },
        en={
            "slug": "offices",
            "title": "Office space",
            "show_in_menus": True,
            "intro": "Ready-built offices, co-working and incubator desks: filter by building, area, price and move-in "
            "date, and see the full yearly cost.",
        },
    )


def seed_costs():
    """Fill the empty fields of the cost setting: schedules, tariff sources and the day they were checked."""
    costs = OccupancyCosts.load()
    changed = False
    for name, value in COSTS.items():
        if not getattr(costs, name):
            setattr(costs, name, value)
            changed = True
    for name in ("electricity_checked", "water_checked", "internet_checked"):
        if getattr(costs, name) is None:
            setattr(costs, name, datetime.date(2026, 11, 29))
            changed = True
    if changed:
        costs.save()


def seed_building(spec):
    building = Building.objects.filter(code=spec["code"]).first()
    if building is not None:
        return building
    building = Building(
        code=spec["code"],
        zone=Zone.objects.get(code=spec["zone"]),
        floors=spec["floors"],
        name_vi=spec["name_vi"],
        name_en=spec["name_en"],
        description_vi=spec["description_vi"],
        description_en=spec["description_en"],
        plan_polygon=geometry.rectangle(*spec["footprint"]),
        live=True,
    )
    building.save()
    building.save_revision().publish()
    return building


def seed_unit(building, spec, floor, slot, photo, plan):
    """Create unit `<building>-<floor><slot:02>` unless it exists; returns 1 when created."""
    code = f"{building.code}-{floor}{slot:02d}"
    if Unit.objects.filter(code=code).exists():
        return 0
    rng = random.Random(code)  # noqa: S311 - demo data, reproducible on purpose
    index = (floor - 1) * spec["per_floor"] + slot - 1
    kind = spec["kinds"][index % len(spec["kinds"])]
    area = Decimal(rng.choice([45, 60, 80, 120, 150, 220, 300]))
    unit = Unit(
        code=code,
        building=building,
        kind=kind,
        status=STATUS_CYCLE[index % len(STATUS_CYCLE)],
        floor=floor,
        area_m2=area,
        fit_out=FitOut.FURNISHED if kind != UnitKind.OFFICE else FIT_OUTS[index % len(FIT_OUTS)],
        deposit_months=1 if kind != UnitKind.OFFICE else 3,
        min_lease_months=1 if kind == UnitKind.COWORKING else (6 if kind == UnitKind.INCUBATOR else 12),
        available_from=None if index % 4 else datetime.date(2027, 1 + index % 12, 1),
        summary_vi=f"{DEMO_MARK} " + SUMMARIES[kind][0].format(area=area, floor=floor),
        summary_en=f"{DEMO_MARK} " + SUMMARIES[kind][1].format(area=area, floor=floor),
        floor_plan=plan,
        live=True,
    )
    if kind == UnitKind.OFFICE:
        unit.price_usd_m2_month = Decimal(str(round(rng.uniform(7.5, 12.5), 2)))
        unit.service_charge_usd_m2_month = Decimal(str(round(rng.uniform(1.5, 2.8), 2)))
    else:
        unit.desk_price_usd_month = Decimal(
            rng.choice(["60", "75", "90", "110"]) if kind == UnitKind.COWORKING else "40"
        )
        unit.desks_available = rng.choice([4, 8, 12, 20])
    unit.photos = [UnitPhoto(image=photo, alt_vi=PHOTO_TEXTS["alt_vi"], alt_en=PHOTO_TEXTS["alt_en"])]
    unit.save()
    unit.save_revision().publish()
    return 1
