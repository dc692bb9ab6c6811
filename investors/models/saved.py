"""Estimates investors keep in their account, and the alerts sent when a policy they rely on changes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedEstimate(models.Model):
    """An estimate an investor saved: the profile entered, the day it was computed, and the exact rule
    versions it used, so it can be reproduced and the investor alerted when one of those rules changes."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_estimates")
    title = models.CharField(_("name"), max_length=200, help_text=_("E.g. the project's working name."))
    query = models.JSONField(_("profile"), default=dict, help_text=_("The estimator's input, as entered."))
    computed_on = models.DateField(_("computed on"))
    total_saving_usd = models.DecimalField(_("estimated saving (USD)"), max_digits=16, decimal_places=2)
    rules = models.ManyToManyField("investors.IncentiveRule", related_name="saved_estimates", blank=True)
    rule_versions = models.JSONField(
        _("rules used"), default=list, help_text=_("Each applied rule with its version and legal basis.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("saved estimate")
        verbose_name_plural = _("saved estimates")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title


class PolicyChangeKind(models.TextChoices):
    SUPERSEDED = "superseded", _("Superseded")
    AMENDED = "amended", _("Amended")


class PolicyChange(models.Model):
    """A policy marked superseded or amended by staff; its alerts list the affected files."""

    policy = models.ForeignKey("investors.PolicyPage", on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(_("change"), max_length=20, choices=PolicyChangeKind.choices)
    amended_on = models.DateField(_("amended on"), null=True, blank=True)
    note = models.TextField(_("what changed"), blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("policy change")
        verbose_name_plural = _("policy changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.policy} ({self.kind})"


class AlertEmailKind(models.TextChoices):
    """The e-mails this app sends through core's outbox (kind "investors.<value>"), named for staff."""

    POLICY_ALERT = "policy_alert", _("Policy change alert")


class PolicyAlert(models.Model):
    """One investor told about one policy change, for one file that relies on the policy (a saved
    estimate or an application). It is the account notice; its e-mail is a row of core's outbox."""

    change = models.ForeignKey(PolicyChange, on_delete=models.CASCADE, related_name="alerts")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_alerts")
    saved_estimate = models.ForeignKey(SavedEstimate, on_delete=models.CASCADE, null=True, blank=True)
    application = models.ForeignKey(
        "applications.InvestmentApplication", on_delete=models.CASCADE, null=True, blank=True
    )
    read_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("policy alert")
        verbose_name_plural = _("policy alerts")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.change} → {self.recipient_id}"
