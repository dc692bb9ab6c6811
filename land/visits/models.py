"""Site visits: slots staff publish (date, time, guide, capacity), bookings investors make for chosen
parcels and office units, the booking e-mails, and enquiries sent from a parcel's page to the land officers."""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core.bilingual import in_active_language

# An unverified booking (a visitor without an account who has not yet followed the e-mail link)
# keeps its seats this long; then the scheduler cancels it and the seats are free again.
VERIFY_WITHIN = timedelta(hours=24)


def new_token():
    return secrets.token_urlsafe(24)


class VisitSlotQuerySet(models.QuerySet):
    def upcoming(self, today=None):
        """Published slots from today on, in date and time order."""
        today = today or timezone.localdate()
        return self.filter(published=True, date__gte=today).order_by("date", "start_time", "pk")

    def with_seats_taken(self, now=None):
        """Annotates `seats_taken`: people of confirmed bookings and of unverified ones still in time."""
        now = now or timezone.now()
        return self.annotate(seats_taken_sum=Sum("bookings__people", filter=VisitBooking.holds_seats(now)))


class VisitSlot(models.Model):
    """A guided tour of the park staff offer on one day at one time, for up to `capacity` people."""

    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"))
    guide = models.CharField(_("guide"), max_length=120, help_text=_("Who shows visitors round, as visitors see it."))
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_("How many people (not bookings) the tour takes."),
    )
    meeting_point_vi = models.CharField(_("meeting point (Vietnamese)"), max_length=200, blank=True)
    meeting_point_en = models.CharField(
        _("meeting point (English)"), max_length=200, blank=True, help_text=_("Empty: the Vietnamese text is shown.")
    )
    published = models.BooleanField(
        _("published"), default=True, help_text=_("Only published slots can be booked on the site.")
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    objects = VisitSlotQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("guide"), FieldPanel("capacity")]),
        MultiFieldPanel([FieldPanel("meeting_point_vi"), FieldPanel("meeting_point_en")], heading=_("Meeting point")),
        FieldPanel("published"),
    ]

    class Meta:
        verbose_name = _("visit slot")
        verbose_name_plural = _("visit slots")
        ordering = ["date", "start_time", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(end_time__gt=models.F("start_time")), name="visit_slot_ends_after_start")
        ]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.start_time:%H:%M}–{self.end_time:%H:%M} ({self.guide})"

    @property
    def meeting_point(self):
        return in_active_language(self, "meeting_point")

    @property
    def starts_at(self):
        return timezone.make_aware(datetime.combine(self.date, self.start_time))

    @property
    def ends_at(self):
        return timezone.make_aware(datetime.combine(self.date, self.end_time))

    def seats_taken(self, now=None):
        if hasattr(self, "seats_taken_sum"):
            return self.seats_taken_sum or 0
        total = self.bookings.filter(VisitBooking.holds_seats(now or timezone.now(), prefix="")).aggregate(
            n=Sum("people")
        )["n"]
        return total or 0

    def seats_left(self, now=None):
        return max(self.capacity - self.seats_taken(now), 0)


class BookingStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Awaiting e-mail confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class VisitBooking(models.Model):
    """One party's place on a visit slot, for the parcels and office units they want to see.

    A signed-in investor's booking is confirmed at once; a visitor without an account gives a name and
    an e-mail address and confirms with the link we send (until then the seats are kept for
    VERIFY_WITHIN). The `token` is the secret of the links in the e-mails (confirm, cancel)."""

    slot = models.ForeignKey(VisitSlot, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("slot"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visit_bookings",
        verbose_name=_("account"),
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    people = models.PositiveSmallIntegerField(
        _("people"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    parcel_codes = models.JSONField(_("parcels"), default=list, blank=True, help_text=_("Codes of the parcels to see."))
    unit_codes = models.JSONField(
        _("office units"), default=list, blank=True, help_text=_("Codes of the office units or desks to see.")
    )
    other_items = models.CharField(
        _("other premises"), max_length=300, blank=True, help_text=_("Anything else to see, as typed.")
    )
    hold_parcel = models.CharField(
        _("parcel to hold"), max_length=8, blank=True, help_text=_("The parcel the visitor asked to hold, if any.")
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="vi")
    status = models.CharField(
        _("status"), max_length=12, choices=BookingStatus.choices, default=BookingStatus.UNVERIFIED, db_index=True
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("booked at"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("visit booking")
        verbose_name_plural = _("visit bookings")
        ordering = ["slot__date", "slot__start_time", "created_at", "pk"]

    def __str__(self):
        return f"{self.name} – {self.slot}"

    @staticmethod
    def holds_seats(now, prefix="bookings__"):
        """Bookings that take seats: confirmed ones and unverified ones still within VERIFY_WITHIN
        (a Q on a slot's bookings; `prefix=""` for a query on bookings)."""
        return Q(**{f"{prefix}status": BookingStatus.CONFIRMED}) | Q(
            **{f"{prefix}status": BookingStatus.UNVERIFIED, f"{prefix}created_at__gt": now - VERIFY_WITHIN}
        )

    @property
    def reference(self):
        return f"VISIT-{self.pk:05d}"

    @property
    def items_text(self):
        return ", ".join([*self.parcel_codes, *self.unit_codes, *([self.other_items] if self.other_items else [])])


class EmailKind(models.TextChoices):
    """The e-mails of this app (outbox kinds without the "visits." prefix)."""

    VERIFY = "verify", _("Visit: confirm your e-mail address")
    CONFIRMED = "confirmed", _("Visit confirmed")
    CANCELLED = "cancelled", _("Visit cancelled")
    ENQUIRY = "enquiry", _("Enquiry")


class EnquiryKind(models.TextChoices):
    """Where an enquiry came from, which decides who receives it."""

    PARCEL = "parcel", _("A parcel")
    UNIT = "unit", _("An office unit")
    GENERAL = "general", _("The contact page")


class Enquiry(models.Model):
    """A question sent from a parcel's or an office unit's page (to the land officers) or from the contact
    page (to the one-stop desk's investment officers); all land in one inbox, filtered by kind."""

    kind = models.CharField(
        _("sent from"), max_length=10, choices=EnquiryKind.choices, default=EnquiryKind.PARCEL, db_index=True
    )
    parcel_code = models.CharField(_("parcel"), max_length=8, blank=True)
    unit_code = models.CharField(_("office unit"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=3000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="vi")
    created_at = models.DateTimeField(_("received at"), default=timezone.now, editable=False)
    answered = models.BooleanField(_("answered"), default=False, help_text=_("Tick when the enquirer has had a reply."))

    panels = [FieldPanel("answered")]

    class Meta:
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.parcel_code or self.unit_code or self.get_kind_display()}: {self.name}"


@register_setting(icon="date")
class VisitSettings(BaseGenericSetting):
    """What staff decide about visits without a deploy: how long a booked visit may hold a parcel."""

    hold_days = models.PositiveSmallIntegerField(
        _("parcel hold (days)"),
        default=3,
        validators=[MaxValueValidator(30)],
        help_text=_(
            "How many days a confirmed visit keeps one available parcel from other visitors' holds. 0: no holds."
        ),
    )

    panels = [FieldPanel("hold_days")]

    class Meta:
        verbose_name = _("site visits")
