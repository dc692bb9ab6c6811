"""Registrations (with waitlist), attendance, certificates and the e-mail notices sent about them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .cohorts import Cohort, Session

HOLDING_STATUSES = ("confirmed", "waitlisted", "completed")
# Set only by the completion rule (services.complete_cohort): a cohort with one of these is assessed.
ASSESSED_STATUSES = ("completed", "no_show")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITLISTED = "waitlisted", _("on the waitlist")
    CANCELLED = "cancelled", _("cancelled")
    COMPLETED = "completed", _("completed")
    NO_SHOW = "no_show", _("did not complete")


class Registration(models.Model):
    """A trainee's place (or place in the queue) in one cohort, with their eligibility answers."""

    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="registrations", verbose_name=_("cohort"))
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="training_registrations",
        verbose_name=_("trainee"),
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices, db_index=True)
    education = models.CharField(_("education"), max_length=200, help_text=_("Highest degree and field."))
    current_job = models.CharField(_("current job"), max_length=200, help_text=_("Job title and employer, or student."))
    motivation = models.TextField(_("motivation"), help_text=_("Why the trainee wants to join."))
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed at"), auto_now=True)
    promoted_at = models.DateTimeField(_("promoted from the waitlist at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cancelled by"),
    )
    cancellation_reason = models.CharField(_("cancellation reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "trainee"],
                condition=Q(status__in=HOLDING_STATUSES),
                name="one_active_registration_per_trainee_and_cohort",
            )
        ]

    def __str__(self):
        return f"{self.trainee} · {self.cohort.code}"

    @property
    def is_cancellable(self):
        return self.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)

    @property
    def attendance_share(self):
        """Percentage of the cohort's sessions attended (uses annotations from services.with_attendance)."""
        if hasattr(self, "present_count"):
            present, total = self.present_count, self.session_count
        else:
            present = self.attendances.filter(present=True).count()
            total = self.cohort.sessions.count()
        return round(100 * present / total) if total else 0

    def waitlist_position(self):
        """1 for the next person to get a seat; None when not waiting."""
        if self.status != RegistrationStatus.WAITLISTED:
            return None
        earlier = Registration.objects.filter(cohort_id=self.cohort_id, status=RegistrationStatus.WAITLISTED).filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return earlier.count() + 1


class Attendance(models.Model):
    """Whether one registered trainee attended one session.

    Completion and certificates rest on these records, so neither removing a session nor deleting a
    registration may take them along (PROTECT): a session with attendance records cannot be removed."""

    session = models.ForeignKey(
        Session, on_delete=models.PROTECT, related_name="attendances", verbose_name=_("session")
    )
    registration = models.ForeignKey(
        Registration, on_delete=models.PROTECT, related_name="attendances", verbose_name=_("registration")
    )
    present = models.BooleanField(_("present"), default=False)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance records")
        constraints = [models.UniqueConstraint(fields=["session", "registration"], name="one_attendance_per_session")]

    def __str__(self):
        return f"{self.registration_id} · {self.session_id} · {'present' if self.present else 'absent'}"


class Certificate(models.Model):
    """Proof that a trainee completed a cohort, verifiable by its unguessable code; may be revoked."""

    registration = models.OneToOneField(
        Registration, on_delete=models.PROTECT, related_name="certificate", verbose_name=_("registration")
    )
    code = models.CharField(_("code"), max_length=32, unique=True)
    holder_name = models.CharField(_("holder"), max_length=150, help_text=_("Name printed on the certificate."))
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.CharField(_("revocation reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "pk"]

    def __str__(self):
        return self.code

    @property
    def is_valid(self):
        return self.revoked_at is None


class NoticeKind(models.TextChoices):
    """Which registration e-mail an outbox row is (its kind is "training.<value>")."""

    CONFIRMED = "confirmed", _("registration confirmed")
    WAITLISTED = "waitlisted", _("placed on the waitlist")
    PROMOTED = "promoted", _("promoted from the waitlist")
    REMINDER = "reminder", _("reminder before the start")
