"""The kinds of application e-mail (sent through core's outbox) and personal-data deletion requests."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NoticeKind(models.TextChoices):
    """Which application e-mail an outbox row is (its kind is "applications.<value>")."""

    SUBMITTED = "submitted", _("Application received")
    INFO_REQUESTED = "info_requested", _("Information requested")
    RESUBMITTED = "resubmitted", _("Information received")
    DECISION = "decision", _("Decision")
    NEW_WORK = "new_work", _("New work for an officer")
    MESSAGE = "message", _("New message")
    OFFICER_DIGEST = "officer_digest", _("Files due soon or overdue")
    ESCALATION = "escalation", _("Overdue files across the team")
    INFO_REMINDER = "info_reminder", _("Reminder: information requested")
    INFO_LAPSED = "info_lapsed", _("Information request lapsed")
    TRACKING_PIN = "tracking_pin", _("Tracking PIN")


# Daily reminders: a digest lists several files, so it has no single application.
DIGEST_KINDS = (NoticeKind.OFFICER_DIGEST, NoticeKind.ESCALATION, NoticeKind.INFO_REMINDER)


class ReminderClaim(models.Model):
    """One daily reminder to one person: the unique row is claimed (inserted) before the mail is
    queued, so a job that runs twice the same day, or on two hosts at once, sends it only once."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    kind = models.CharField(max_length=20, choices=NoticeKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("daily reminder")
        verbose_name_plural = _("daily reminders")
        constraints = [models.UniqueConstraint(fields=["recipient", "day", "kind"], name="one_reminder_per_day")]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id} ({self.day})"


class DeletionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for staff")
    DONE = "done", _("Anonymised")
    REFUSED = "refused", _("Refused")


class DeletionRequest(models.Model):
    """A person's request to erase their personal data.

    Staff with the `review_deletion_request` permission approve it (which anonymises the person in
    every app, through accounts.personal_data) or refuse it with a note the person reads. Approval is
    refused while the person still has open files (see accounts.personal_data.open_items).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deletion_requests")
    status = models.CharField(
        _("status"), max_length=10, choices=DeletionStatus.choices, default=DeletionStatus.PENDING
    )
    reason = models.TextField(_("reason"), blank=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    staff_note = models.TextField(
        _("answer to the person"),
        blank=True,
        help_text=_("Why the request was refused; the person reads it on their deletion-request page."),
    )

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["-requested_at"]
        permissions = [("review_deletion_request", _("Can see and decide personal-data deletion requests"))]

    def __str__(self):
        return f"{self.user_id} ({self.status})"
