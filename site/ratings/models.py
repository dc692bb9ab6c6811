"""A satisfaction rating: one per person and rated service subject, asked once, answered once."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

SCORES = range(1, 6)


class Service(models.TextChoices):
    """The services people are asked to rate."""

    APPLICATION = "application", _("Investment application")
    TRAINING = "training", _("IT training")


class EmailKind(models.TextChoices):
    """The e-mails this app sends through core's outbox (kind "ratings.<value>")."""

    REQUEST = "request", _("Satisfaction rating request")


class Rating(models.Model):
    """The request to rate one service delivered to one person, and their answer once given.

    Created (and the request e-mail queued) when the service ends: an application is decided, a course
    is assessed. `score` stays empty until the person answers; it is written once (`answered_at`). The
    rated record is referenced generically (`subject`) and the figures are grouped by `service` and
    `month` (the month the service ended), so the metric never reads the other apps' tables."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="satisfaction_ratings",
        verbose_name=_("person"),
    )
    service = models.CharField(_("service"), max_length=20, choices=Service.choices)
    subject_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, verbose_name=_("rated record type"))
    subject_id = models.PositiveBigIntegerField(_("rated record id"))
    subject = GenericForeignKey("subject_type", "subject_id")
    subject_label = models.CharField(
        _("rated record"), max_length=120, help_text=_("The reference shown to the person and to staff.")
    )
    month = models.DateField(_("month of service"), help_text=_("First day of the month the service ended."))
    asked_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    score = models.PositiveSmallIntegerField(
        _("score"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("satisfaction rating")
        verbose_name_plural = _("satisfaction ratings")
        ordering = ["-answered_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "service", "subject_type", "subject_id"], name="ratings_one_per_person_and_subject"
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True, answered_at__isnull=True)
                | Q(score__gte=1, score__lte=5, answered_at__isnull=False),
                name="ratings_score_between_1_and_5_when_answered",
            ),
        ]
        indexes = [models.Index(fields=["service", "month"], name="ratings_service_month")]
        permissions = [
            ("view_application_ratings", _("Can read ratings of investment applications")),
            ("view_training_ratings", _("Can read ratings of IT training")),
        ]

    def __str__(self):
        return f"{self.get_service_display()} – {self.subject_label}"

    @property
    def is_answered(self):
        return self.answered_at is not None
