"""Core's one model: the site's e-mail outbox (core.outbox). It stores mail, never a domain record."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutgoingEmail(models.Model):
    """One e-mail owed to one person, recorded in the transaction that made it due.

    The app that queued it renders it when it is sent (a renderer registered for the `kind`'s prefix,
    e.g. `applications.`), in the recipient's language, from the record named by `about_type` and
    `about_id`. A sender claims the row (pending → sending, one conditional UPDATE) before sending, so
    the after-commit task, a resend and a second worker never send it twice (core.outbox)."""

    kind = models.CharField(_("kind"), max_length=60, help_text=_("Which e-mail: the app's name, a dot and the kind."))
    about_type = models.CharField(_("about"), max_length=60, blank=True)
    about_id = models.PositiveBigIntegerField(_("record"), null=True, blank=True)
    # No recipient account only for mail to an address that has none yet (an invitation); `to_address`
    # then holds the address from the start.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("recipient"),
        null=True,
        blank=True,
        help_text=_("Empty for a person without an account (a visitor): the e-mail goes to “sent to”."),
    )
    dedupe_key = models.CharField(max_length=160, null=True, blank=True, unique=True, editable=False)
    payload = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What the renderer needs besides the record (e.g. the ids of the files a digest lists).",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    to_address = models.EmailField(_("sent to"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["about_type", "about_id"], name="outbox_about")]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id or self.to_address}"

    @property
    def address(self):
        """Where the e-mail goes: the account's address, or the address given for a person without one."""
        return self.recipient.email if self.recipient_id else self.to_address


class ScheduledJobRun(models.Model):
    """When a periodic job of the scheduler (core.scheduler) last started and how it ended.

    One row per job name; a scheduler claims a due job by moving `started_at` forward with a
    conditional UPDATE, so two schedulers running at once never run one job twice."""

    name = models.CharField(_("job"), max_length=60, unique=True)
    started_at = models.DateTimeField(_("last started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("last finished"), null=True, blank=True)
    outcome = models.CharField(_("last outcome"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")

    def __str__(self):
        return self.name
