"""The investment application itself, its status log and the reference-number counter."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField

from investors.incentives.sectors import SECTOR_CHOICES

DOMESTIC_COUNTRY = "VN"


class ApplicationStatus(models.TextChoices):
    """Where a file is in the workflow (see workflow.py for the allowed transitions)."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SCREENING = "screening", _("Screening")
    INFO_REQUESTED = "info_requested", _("Information requested")
    RESUBMITTED = "resubmitted", _("Resubmitted")
    APPRAISAL = "appraisal", _("Appraisal")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def applicant_or_member(user):
    """A filter for the applications `user` acts for: their own and their organisations' (acts_for)."""
    from accounts.organisations import member_organisation_ids

    return models.Q(applicant=user) | models.Q(organisation_id__in=member_organisation_ids(user))


class InvestmentApplication(models.Model):
    """One investor's application to invest in the park, from draft to decision.

    Status changes only through investors.applications.services; every change is a StatusChange row.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(
        _("reference number"), max_length=32, unique=True, null=True, blank=True, editable=False
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="investment_applications"
    )
    # Members of the organisation work on the file with the applicant (acts_for); empty for individuals.
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="investment_applications",
        help_text=_("Every current member of this organisation sees and works on the application."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT, db_index=True
    )
    step_started_at = models.DateTimeField(_("current step started"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    assigned_officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_applications",
        verbose_name=_("assigned officer"),
        help_text=_("The investment officer responsible for this file."),
    )
    # Company
    company_name = models.CharField(_("company name"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True, help_text=_("Where the company is registered."))
    registration_number = models.CharField(
        _("registration or tax number"),
        max_length=60,
        blank=True,
        help_text=_("Enterprise code, tax number or foreign registration number."),
    )
    company_address = models.TextField(_("registered address"), blank=True)
    representative_name = models.CharField(_("legal representative"), max_length=150, blank=True)
    representative_title = models.CharField(_("representative's position"), max_length=100, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = PhoneNumberField(
        _("contact phone"),
        blank=True,
        help_text=_(
            "Stored in international form (+84…). A value that could not be read as a number is kept as typed."
        ),
    )
    # Project
    # The estimator's sectors, so an estimate's sector carries into the application as it is.
    sector = models.CharField(_("sector"), max_length=30, choices=SECTOR_CHOICES, blank=True)
    project_title = models.CharField(_("project name"), max_length=200, blank=True)
    description = models.TextField(_("project description"), blank=True)
    capital_usd = models.DecimalField(
        _("investment capital (USD)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
    )
    capital_schedule = models.TextField(
        _("capital schedule"), blank=True, help_text=_("How much capital is contributed, and when.")
    )
    staff_total = models.PositiveIntegerField(_("planned staff"), null=True, blank=True)
    local_hires_pct = models.PositiveSmallIntegerField(
        _("share of local hires (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    it_specialists = models.PositiveIntegerField(_("IT specialists"), null=True, blank=True)
    construction_start = models.DateField(_("construction start"), null=True, blank=True)
    operation_start = models.DateField(_("start of operation"), null=True, blank=True)
    # Land
    parcel_codes = models.JSONField(_("requested parcels"), default=list, blank=True)
    unit_codes = models.JSONField(
        _("requested office units"),
        default=list,
        blank=True,
        help_text=_("Ready-built office units or desks asked for instead of, or besides, land."),
    )
    required_area_m2 = models.DecimalField(
        _("required area (m²)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    intended_use = models.CharField(_("intended land use"), max_length=200, blank=True)
    # Incentives (prefilled from a saved estimate; the decision letter lists them with their legal basis)
    saved_estimate = models.ForeignKey(
        "investors.SavedEstimate",
        verbose_name=_("saved estimate"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
    )
    requested_rules = models.ManyToManyField(
        "investors.IncentiveRule", verbose_name=_("incentives requested"), related_name="applications", blank=True
    )
    # Consent and wizard state
    consent_version = models.CharField(_("personal-data notice version"), max_length=20, blank=True)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    draft_data = models.JSONField(default=dict, blank=True, editable=False)
    # Public tracking (tracking.py): the hash of the PIN last e-mailed to the applicant, never the PIN.
    tracking_pin_hash = models.CharField(max_length=128, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("investment application")
        verbose_name_plural = _("investment applications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "step_started_at"])]
        # Staff roles are permissions (granted to groups by migration 0005), never group names.
        permissions = [
            ("screen_application", _("Can screen and appraise applications, and be assigned files")),
            ("decide_application", _("Can approve or reject applications")),
            ("assign_application", _("Can assign applications to officers")),
        ]

    def __str__(self):
        return f"{self.reference or _('Draft')} – {self.company_name or '…'}"

    def acts_for(self, user):
        """True when `user` is the applicant or a current member of the application's organisation: the
        one test of every applicant-side check (pages, documents, answers, uploads, withdrawal)."""
        from accounts.organisations import is_member

        if user is None or not user.is_authenticated:
            return False
        return self.applicant_id == user.pk or is_member(user, self.organisation_id)

    @property
    def country_name(self):
        """The country's name in the active language. Cheaper than `get_country_display()`, which sorts
        every country's translated name on each call (noticeable on an inbox or export of many files)."""
        return self.country.name if self.country else ""

    @property
    def is_domestic(self):
        return self.country == DOMESTIC_COUNTRY

    @property
    def is_open(self):
        """Not yet decided or withdrawn."""
        return self.status not in (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)

    @property
    def is_decided(self):
        return self.status in (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED)

    def clock(self, today=None):
        """The service clock of the current step (see clock.StepClock)."""
        from ..clock import step_clock

        return step_clock(self.status, self.step_started_at, today=today)


class StatusChange(models.Model):
    """One transition of an application: who, when, from which status to which, and why."""

    application = models.ForeignKey(InvestmentApplication, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=20, choices=ApplicationStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=ApplicationStatus.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    note = models.TextField(_("note"), blank=True)
    internal = models.BooleanField(
        _("internal note"),
        default=True,
        help_text=_(
            "Internal notes are read by staff only: never shown to the applicant, in the decision letter, "
            "the data export or e-mails. Staff choose it explicitly on every step."
        ),
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class OfficerAssignment(models.Model):
    """One assignment of a file to an officer (or its removal, `officer` empty): who assigned whom, when.
    Written by services.assign_officer, from the review page or the inbox's bulk "Assign"; shown to staff
    on the file's timeline, never to the applicant."""

    application = models.ForeignKey(InvestmentApplication, on_delete=models.CASCADE, related_name="assignments")
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("officer"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    officer_name = models.CharField(
        _("officer's name"), max_length=200, blank=True, help_text=_("Kept if the account is deleted.")
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("assigned by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("officer assignment")
        verbose_name_plural = _("officer assignments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.officer_name or "—"


class ReferenceCounter(models.Model):
    """The last reference number issued in a year; locked while the next one is taken."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"
