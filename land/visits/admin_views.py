"""The visits calendar: four weeks of slots with their bookings counted, and the chosen day's list."""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import BookingStatus, VisitBooking, VisitSlot

WEEKS = 4


class CalendarView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "visits/admin/calendar.html"
    page_title = _("Site visits calendar")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("visits.view_visitslot"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def chosen_day(self):
        try:
            return date.fromisoformat(self.request.GET.get("day", ""))
        except ValueError:
            return timezone.localdate()

    def get_context_data(self, **kwargs):
        day = self.chosen_day()
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(weeks=WEEKS)
        slots = list(
            VisitSlot.objects.filter(date__gte=first, date__lt=last).with_seats_taken().order_by("date", "start_time")
        )
        by_day = {}
        for slot in slots:
            by_day.setdefault(slot.date, []).append(slot)
        weeks = [
            [{"date": first + timedelta(days=7 * w + d), "slots": by_day.get(first + timedelta(days=7 * w + d), [])}
             for d in range(7)]
            for w in range(WEEKS)
        ]  # fmt: skip
        bookings = VisitBooking.objects.exclude(status=BookingStatus.CANCELLED).order_by("created_at", "pk")
        day_slots = (
            VisitSlot.objects.filter(date=day)
            .with_seats_taken()
            .order_by("start_time")
            .prefetch_related(Prefetch("bookings", queryset=bookings, to_attr="active_bookings"))
        )
        return super().get_context_data(
            weeks=weeks,
            day=day,
            today=timezone.localdate(),
            day_slots=day_slots,
            previous=(first - timedelta(weeks=WEEKS)).isoformat(),
            next=last.isoformat(),
            slots_url=reverse("visits_slot:index"),
            add_url=reverse("visits_slot:add") if self.request.user.has_perm("visits.add_visitslot") else "",
            bookings_url=reverse("visits_booking:index"),
            can_see_bookings=self.request.user.has_perm("visits.view_visitbooking"),
            **kwargs,
        )
