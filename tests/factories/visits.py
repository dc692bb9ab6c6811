"""Factories for site visits: slots a few days ahead, bookings, enquiries."""

import datetime

from django.utils import timezone

import factory

from land.visits.models import BookingStatus, Enquiry, VisitBooking, VisitSlot


class VisitSlotFactory(factory.django.DjangoModelFactory):
    """A published two-hour tour in a week's time for 10 people."""

    class Meta:
        model = VisitSlot

    date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))
    start_time = datetime.time(9, 0)
    end_time = datetime.time(11, 0)
    guide = "Nguyễn Thị Lan"
    capacity = 10
    meeting_point_vi = "Sảnh Nhà điều hành"
    meeting_point_en = "Management Building lobby"
    published = True


class VisitBookingFactory(factory.django.DjangoModelFactory):
    """A confirmed booking for one person (made directly: no e-mail is queued)."""

    class Meta:
        model = VisitBooking

    slot = factory.SubFactory(VisitSlotFactory)
    name = "Phạm Quốc Huy"
    email = factory.Sequence(lambda n: f"visitor{n}@example.com")
    people = 1
    status = BookingStatus.CONFIRMED


class EnquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enquiry

    parcel_code = "A-1"
    name = "Võ Thị Lan"
    email = "lan.vo@example.com"
    message = "Lô đất này có thể thuê 30 năm không?"
