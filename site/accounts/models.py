"""The platform's user: one account per e-mail address, for investors, trainees and staff."""

import re

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField


class UserManager(BaseUserManager):
    """Creates users identified by e-mail address rather than a user name."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account; the e-mail address is the login."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, help_text=_("As written on identity papers."))
    phone = PhoneNumberField(
        _("phone"),
        blank=True,
        help_text=_(
            "Stored in international form (+84…). A value that could not be read as a number is kept as typed."
        ),
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("Company, school or agency, if any.")
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Language of e-mails and of the site after signing in."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split()[-1] if self.full_name else self.email


class PrivacyConsent(models.Model):
    """A person's acceptance of one version of the privacy notice (Decree 13/2023/ND-CP, Law 91/2025/QH15):
    recorded at sign-up and again whenever the notice's version changes (accounts.consent)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="privacy_consents"
    )
    notice_version = models.CharField(_("privacy notice version"), max_length=20)
    accepted_at = models.DateTimeField(_("accepted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("privacy consent")
        verbose_name_plural = _("privacy consents")
        ordering = ["-accepted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "notice_version"], name="one_consent_per_notice_version")
        ]

    def __str__(self):
        return f"{self.user} · {self.notice_version}"


# --- Organisation accounts (services in accounts/organisations.py) -----------------------------


def validate_tax_number(tax_number, country):
    """A Vietnamese tax number (mã số thuế) is 10 digits, or 10-3 for a dependent unit; a foreign
    organisation's number is free text. Raises ValidationError with a translated message."""
    from django.core.exceptions import ValidationError

    if str(country or "") == "VN" and not re.fullmatch(r"\d{10}(-\d{3})?", tax_number or ""):
        raise ValidationError(
            _("A Vietnamese tax number has 10 digits, or 10 digits, a hyphen and 3 digits for a branch."),
            code="invalid_tax_number",
        )


class Organisation(models.Model):
    """A company or other body whose members apply and follow applications together.

    Members are Memberships (owner or member); new members join through an Invitation sent by e-mail."""

    name = models.CharField(_("name"), max_length=200)
    tax_number = models.CharField(
        _("tax number"),
        max_length=60,
        help_text=_("Vietnam: the 10-digit tax number (10-3 digits for a branch). Other countries: as registered."),
    )
    country = CountryField(_("country"), default="VN")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        try:
            validate_tax_number(self.tax_number, self.country)
        except ValidationError as error:
            raise ValidationError({"tax_number": error.messages}) from error


class MembershipRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    """A person's current place in an organisation. Leaving or removal deletes the row, so access to
    the organisation's applications ends at once (every check reads this table)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("organisation")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="organisation_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation", "-role", "joined_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="one_membership_per_person")]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"


class Invitation(models.Model):
    """An invitation to join an organisation, e-mailed with a link holding `token`; accepted once, by
    someone signed in with the invited address, before `expires_at`."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("organisation")
    )
    email = models.EmailField(_("e-mail address"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("invited by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.email} → {self.organisation}"
