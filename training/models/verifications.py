"""The log of public certificate verifications: what was looked up, what the page answered, and one row
per code, visitor and day, so reloading the page cannot inflate the public figure."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .registrations import Certificate

CODE_MAX_LENGTH = Certificate._meta.get_field("code").max_length


class VerificationOutcome(models.TextChoices):
    VALID = "valid", _("valid")
    REVOKED = "revoked", _("revoked")
    UNKNOWN = "unknown", _("unknown code")


def unknown_visitor():
    """A visitor key matching no other: rows written without a visitor (bulk loads, history from before
    visitors were told apart) each count as one verification."""
    return f"unknown-{uuid.uuid4().hex}"


class CertificateVerification(models.Model):
    """A distinct verification: the first view of the public verification page of one code by one visitor
    on one day. Later views by the same visitor that day add nothing. Who looked is kept only as a keyed
    hash that changes every day (training.visitors); never an address, browser or account."""

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
        _("verified at"), default=timezone.now, db_index=True, help_text=_("When the page was first viewed that day.")
    )
    day = models.DateField(
        _("day"), default=timezone.localdate, help_text=_("The local date of the verification (Asia/Ho_Chi_Minh).")
    )
    visitor = models.CharField(
        _("visitor"),
        max_length=64,
        default=unknown_visitor,
        editable=False,
        help_text=_("A keyed hash standing for who looked on that day; it cannot be turned back into a person."),
    )

    class Meta:
        verbose_name = _("certificate verification")
        verbose_name_plural = _("certificate verifications")
        ordering = ["-verified_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["code", "visitor", "day"], name="one_verification_per_visitor_and_day")
        ]

    def __str__(self):
        return f"{self.code} · {self.outcome}"
