"""Demo content for site visits: two guided tours on Tuesdays and Thursdays over the coming weeks
(4 × scale weeks), a few demo bookings (parcels and an office unit to see), one parcel enquiry.
Idempotent: slots are found by date and time."""

from datetime import time, timedelta

from django.utils import timezone

from ..models import BookingStatus, Enquiry, VisitBooking, VisitSlot

TOURS = [
    {
        "start": time(9, 0),
        "end": time(11, 0),
        "guide": "Nguyễn Thị Lan",
        "capacity": 12,
        "meeting_point_vi": "Sảnh Nhà điều hành, số 1 đường Công Viên Phần Mềm",
        "meeting_point_en": "Lobby of the Management Building, 1 Software Park Road",
    },
    {
        "start": time(14, 0),
        "end": time(16, 0),
        "guide": "Trần Minh Đức",
        "capacity": 8,
        "meeting_point_vi": "Cổng chính khu A",
        "meeting_point_en": "Main gate of zone A",
    },
]
VISIT_DAYS = (1, 3)  # Tuesday, Thursday
BOOKINGS = [
    ("Phạm Quốc Huy", "huy.pham@example.com", "Công ty TNHH Phần mềm Cao Nguyên", 2, ["A-1", "A-2"], []),
    ("Emma Schulz", "emma.schulz@example.com", "Nordlicht Software GmbH", 3, ["B-3"], ["T1-101"]),
]


def seed_visits(context):
    """The seed_demo step: visiting slots for the next 4 × scale weeks, two bookings, one enquiry."""
    today = timezone.localdate()
    created = 0
    slots = []
    for offset in range(1, 7 * 4 * max(1, context.scale) + 1):
        day = today + timedelta(days=offset)
        if day.weekday() not in VISIT_DAYS:
            continue
        for tour in TOURS:
            slot, was_created = VisitSlot.objects.get_or_create(
                date=day,
                start_time=tour["start"],
                defaults={
                    "end_time": tour["end"],
                    "guide": tour["guide"],
                    "capacity": tour["capacity"],
                    "meeting_point_vi": tour["meeting_point_vi"],
                    "meeting_point_en": tour["meeting_point_en"],
                },
            )
            created += was_created
            slots.append(slot)
    for slot, (name, email, organisation, people, codes, units) in zip(slots, BOOKINGS, strict=False):
        VisitBooking.objects.get_or_create(
            slot=slot,
            email=email,
            defaults={
                "name": name,
                "organisation": organisation,
                "people": people,
                "parcel_codes": codes,
                "unit_codes": units,
                "status": BookingStatus.CONFIRMED,
                "confirmed_at": timezone.now(),
                "language": "en" if email.startswith("emma") else "vi",
            },
        )
    Enquiry.objects.get_or_create(
        parcel_code="A-1",
        email="lan.vo@example.com",
        defaults={
            "name": "Võ Thị Lan",
            "organisation": "Công ty Cổ phần Dữ liệu Lâm Viên",
            "message": "Lô đất này có thể thuê 30 năm không, và hạ tầng điện có đủ cho một phòng máy chủ 500 kVA?",
        },
    )
    context.log(f"visits: {created} slots created")
