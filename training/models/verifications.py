"""The log of public certificate verifications: what was looked up and what the page answered."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .registrations import Certificate

CODE_MAX_LENGTH = Certificate._meta.get_field("code").max_length


class VerificationOutcome(models.TextChoices):
    VALID = "valid", _("valid")
    REVOKED = "revoked", _("revoked")
    UNKNOWN = "unknown", _("unknown code")


class CertificateVerification(models.Model):
    """One view of the public verification page; keeps no personal data about who looked."""

    certificate = models.ForeignKey(
        Certificate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verifications",
        verbose_name=_("certificate"),
        help_text=_("The certificate found for the code; empty when the code is unknown."),
    )
    code = models.CharField(
        _("code looked up"),
        max_length=CODE_MAX_LENGTH,
        help_text=_("The code as looked up, in capitals and cut to the length of a certificate code."),
    )
    outcome = models.CharField(
        _("outcome"),
        max_length=8,
        choices=VerificationOutcome.choices,
        help_text=_("What the verification page answered."),
    )
    verified_at = models.DateTimeField(
        _("verified at"), default=timezone.now, db_index=True, help_text=_("When the page was viewed.")
    )

    class Meta:
        verbose_name = _("certificate verification")
        verbose_name_plural = _("certificate verifications")
        ordering = ["-verified_at", "-pk"]

    def __str__(self):
        return f"{self.code} · {self.outcome}"
