"""Cohorts (one run of a programme, shared by both language versions of its page) and their sessions."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, ProtectedError, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from core.bilingual import in_active_language

SEAT_STATUSES = ("confirmed", "completed", "no_show")


class CohortMode(models.TextChoices):
    ON_SITE = "on_site", _("on site")
    ONLINE = "online", _("online")
    HYBRID = "hybrid", _("hybrid")


class CohortQuerySet(models.QuerySet):
    def with_counts(self):
        """Annotate `confirmed_count` (seats taken) and `waitlisted_count`."""
        return self.annotate(
            confirmed_count=Count("registrations", filter=Q(registrations__status__in=SEAT_STATUSES)),
            waitlisted_count=Count("registrations", filter=Q(registrations__status="waitlisted")),
        )

    def upcoming(self, now):
        """Cohorts that have not started yet, soonest first."""
        return self.filter(starts_on__gt=timezone.localdate(now)).order_by("starts_on", "code")

    def ending_between(self, first_day, last_day):
        return self.filter(ends_on__gte=first_day, ends_on__lte=last_day)


class Cohort(ClusterableModel):
    """One run of a programme: dates, sessions, seats, fee, registration window and completion rule."""

    code = models.CharField(_("code"), max_length=30, unique=True, help_text=_("Short unique code, e.g. WEB-2026-09."))
    programme_key = models.UUIDField(
        _("programme"), db_index=True, help_text=_("Translation key of the programme page (any language).")
    )
    starts_on = models.DateField(_("starts on"), help_text=_("Date of the first session."))
    ends_on = models.DateField(_("ends on"), help_text=_("Date of the last session."))
    mode = models.CharField(
        _("mode"),
        max_length=10,
        choices=CohortMode.choices,
        default=CohortMode.ON_SITE,
        help_text=_("Where the sessions happen."),
    )
    place_vi = models.CharField(_("place (Vietnamese)"), max_length=200, blank=True, help_text=_("Room and address."))
    place_en = models.CharField(_("place (English)"), max_length=200, blank=True, help_text=_("Room and address."))
    seats = models.PositiveIntegerField(_("seats"), validators=[MinValueValidator(1)], help_text=_("Places available."))
    waitlist_limit = models.PositiveIntegerField(
        _("waitlist limit"), default=50, help_text=_("How many people may wait for a seat; 0 disables the waitlist.")
    )
    fee_vnd = models.PositiveBigIntegerField(
        _("fee (VND)"), default=0, help_text=_("Tuition in Vietnamese đồng; 0 when free.")
    )
    scholarship = models.BooleanField(
        _("scholarship"), default=False, help_text=_("The park pays the tuition for every trainee.")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), help_text=_("First moment to register."))
    registration_closes_at = models.DateTimeField(_("registration closes"), help_text=_("Last moment to register."))
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Share of sessions a trainee must attend to complete the programme."),
    )
    notes_vi = models.TextField(_("notes (Vietnamese)"), blank=True, help_text=_("Practical details for trainees."))
    notes_en = models.TextField(_("notes (English)"), blank=True, help_text=_("Practical details for trainees."))

    objects = CohortQuerySet.as_manager()

    panels = [
        FieldPanel("programme"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("mode")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("place_vi"), FieldPanel("place_en")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("seats"), FieldPanel("waitlist_limit")]),
                FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
                FieldRowPanel([FieldPanel("fee_vnd"), FieldPanel("scholarship")]),
                FieldPanel("min_attendance_percent"),
            ],
            heading=_("Registration"),
        ),
        FieldRowPanel([FieldPanel("notes_vi"), FieldPanel("notes_en")]),
        InlinePanel("sessions", heading=_("Sessions"), label=_("session")),
    ]

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "code"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=models.F("starts_on")), name="cohort_ends_after_start"),
        ]

    def __str__(self):
        return self.code

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The cohort cannot end before it starts.")})
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            raise ValidationError({"registration_closes_at": _("Registration must close after it opens.")})

    @property
    def place(self):
        return in_active_language(self, "place")

    @property
    def notes(self):
        return in_active_language(self, "notes")

    @property
    def is_free(self):
        return self.scholarship or self.fee_vnd == 0

    def programme_page(self):
        """The programme page in the active language (or any live version)."""
        from .pages import ProgrammePage

        pages = ProgrammePage.objects.filter(translation_key=self.programme_key)
        language = (get_language() or "vi").split("-")[0]
        return pages.filter(locale__language_code=language).first() or pages.first()

    def window_state(self, now):
        """ "not_open", "open" or "closed" for the registration window at `now`."""
        if now < self.registration_opens_at:
            return "not_open"
        if now > self.registration_closes_at:
            return "closed"
        return "open"

    def action(self, now, confirmed_count, waitlisted_count):
        """What a visitor can do: "register", "waitlist", "full", "not_open" or "closed"."""
        window = self.window_state(now)
        if window != "open":
            return window
        if confirmed_count < self.seats:
            return "register"
        if waitlisted_count < self.waitlist_limit:
            return "waitlist"
        return "full"

    def is_assessed(self):
        """True once the completion rule has been applied: its sessions are then locked."""
        from .registrations import ASSESSED_STATUSES

        return self.pk is not None and self.registrations.filter(status__in=ASSESSED_STATUSES).exists()

    def session_change_refusals(self, *, changed=(), removed=(), added=0):
        """Why changing this cohort's sessions as proposed is refused (translated sentences), or [].

        The sessions of an assessed cohort are locked: completions and certificates rest on them, so
        none may be edited, removed or added. A session with attendance records is never removed."""
        if not (changed or removed or added):
            return []
        if self.is_assessed():
            message = gettext(
                "The sessions of %(code)s are locked: the cohort has been assessed, and its completions and "
                "certificates rest on them. They can no longer be edited, removed or added."
            )
            return [message % {"code": self.code}]
        recorded = Session.objects.filter(pk__in=[session.pk for session in removed if session.pk])
        recorded = recorded.filter(attendances__isnull=False).distinct().order_by("starts_at")
        message = gettext(
            "The session of %(date)s (%(topic)s) has attendance records, so it cannot be removed; "
            "correct its date or topic instead."
        )
        return [
            message
            % {
                "date": date_format(timezone.localtime(session.starts_at), "SHORT_DATETIME_FORMAT"),
                "topic": session.topic,
            }
            for session in recorded
        ]

    def reminder_due(self, now, days_before):
        return timezone.localdate(now) <= self.starts_on <= timezone.localdate(now) + timedelta(days=days_before)


class SessionQuerySet(models.QuerySet):
    def delete(self):
        """Refuses, deleting nothing, when one of the sessions belongs to an assessed cohort."""
        for cohort in Cohort.objects.filter(pk__in=self.values("cohort_id")):
            if cohort.is_assessed():
                locked = list(self.filter(cohort=cohort))
                raise ProtectedError(cohort.session_change_refusals(removed=locked)[0], locked)
        return super().delete()


class Session(models.Model):
    """One scheduled class of a cohort; attendance is taken per session.

    Locked once the cohort is assessed (Cohort.session_change_refusals); a session with
    attendance records can never be removed."""

    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("cohort"))
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Date and time the session begins."))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=180, help_text=_("Length of the session.")
    )
    topic_vi = models.CharField(_("topic (Vietnamese)"), max_length=200, help_text=_("What the session covers."))
    topic_en = models.CharField(_("topic (English)"), max_length=200, help_text=_("What the session covers."))

    objects = SessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("duration_minutes")]),
        FieldRowPanel([FieldPanel("topic_vi"), FieldPanel("topic_en")]),
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return f"{self.cohort.code} · {date_format(timezone.localtime(self.starts_at), 'SHORT_DATETIME_FORMAT')}"

    @property
    def topic(self):
        return in_active_language(self, "topic")

    @property
    def ends_at(self):
        """When the session ends (start plus its duration)."""
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def delete(self, *args, **kwargs):
        """A session of an assessed cohort is never removed, whatever the code path (its attendance is
        protected anyway: deleting a session with attendance records raises ProtectedError)."""
        cohort = Cohort.objects.filter(pk=self.cohort_id).first()
        if cohort is not None and cohort.is_assessed():
            raise ProtectedError(cohort.session_change_refusals(removed=[self])[0], [self])
        return super().delete(*args, **kwargs)
