"""Office space: buildings in the park and the units they let (private offices and co-working or
incubator desks), with their photos. One record serves both languages, like parcels."""

import re
from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin

from core.bilingual import in_active_language
from land import geometry

from .photos import DescribedPhoto
from .zones import validate_outline

BUILDING_CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,3}$")
UNIT_CODE_PATTERN = re.compile(r"^([A-Z][A-Z0-9]{0,3})-([0-9]{1,5}[A-Z]?)$")
building_code_validator = RegexValidator(
    BUILDING_CODE_PATTERN, _("Use one to four capital letters or digits, e.g. T1.")
)
unit_code_validator = RegexValidator(
    UNIT_CODE_PATTERN, _("Use the building code, a hyphen and the unit number, e.g. T1-301.")
)
MONEY = {"max_digits": 10, "decimal_places": 2, "validators": [MinValueValidator(Decimal("0"))]}


class UnitKind(models.TextChoices):
    """What is let: a whole private office, or desks in a shared space."""

    OFFICE = "office", _("Office unit")
    COWORKING = "coworking", _("Co-working desks")
    INCUBATOR = "incubator", _("Incubator desks")


DESK_KINDS = (UnitKind.COWORKING, UnitKind.INCUBATOR)


class FitOut(models.TextChoices):
    """How ready the space is on the first day."""

    SHELL = "shell", _("Shell and core")
    FITTED = "fitted", _("Fitted out")
    FURNISHED = "furnished", _("Furnished, ready to work")


class UnitStatus(models.TextChoices):
    """Whether the unit can be let now."""

    AVAILABLE = "available", _("Available")
    RESERVED = "reserved", _("Reserved")
    LEASED = "leased", _("Leased")


class Building(DraftStateMixin, RevisionMixin, ClusterableModel):
    """A ready-built office building of the park, whose floors are let as units or desks."""

    code = models.CharField(
        _("code"),
        max_length=4,
        unique=True,
        validators=[building_code_validator],
        help_text=_("One to four capital letters or digits, e.g. T1; units are numbered T1-301."),
    )
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=120, help_text=_("E.g. Tòa nhà Thông Xanh."))
    name_en = models.CharField(_("name (English)"), max_length=120, help_text=_("E.g. Pine Tower."))
    zone = models.ForeignKey(
        "land.Zone",
        verbose_name=_("zone"),
        on_delete=models.PROTECT,
        related_name="buildings",
        help_text=_("The zone the building stands in."),
    )
    floors = models.PositiveSmallIntegerField(
        _("floors"), validators=[MinValueValidator(1), MaxValueValidator(60)], help_text=_("Storeys above ground.")
    )
    description_vi = models.TextField(_("description (Vietnamese)"), help_text=_("Access, lifts, parking, services."))
    description_en = models.TextField(_("description (English)"), help_text=_("Access, lifts, parking, services."))
    plan_polygon = models.JSONField(
        _("footprint (site-plan metres)"),
        default=list,
        help_text=_("Closed polygon as [[x, y], …] in metres east and north of the survey origin."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="land_building")

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("zone"), FieldPanel("floors")], heading=_("Identity")),
        MultiFieldPanel([FieldPanel("name_vi"), FieldPanel("name_en")], heading=_("Name")),
        MultiFieldPanel([FieldPanel("description_vi"), FieldPanel("description_en")], heading=_("Description")),
        FieldPanel("plan_polygon"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("building")
        verbose_name_plural = _("buildings")

    def __str__(self):
        return f"{self.code} – {self.name}"

    @property
    def revisions(self):
        return self._revisions

    @property
    def name(self):
        return in_active_language(self, "name")

    @property
    def description(self):
        return in_active_language(self, "description")

    def plan_points(self):
        return geometry.as_points(self.plan_polygon) or []

    def location(self):
        """The footprint's centre as (longitude, latitude), or None without a footprint."""
        points = self.plan_points()
        if not points:
            return None
        return geometry.centroid([tuple(point) for point in geometry.plan_to_wgs84(points)])

    def clean_fields(self, exclude=None):
        self.code = (self.code or "").strip().upper()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        try:
            plan = validate_outline(self.plan_polygon, _("The footprint"))
        except ValidationError as error:
            raise ValidationError({"plan_polygon": error}) from error
        if self.zone_id and not geometry.contains_polygon(self.zone.outline_points(), plan):
            raise ValidationError(
                {"plan_polygon": _("The footprint must lie inside zone %(zone)s.") % {"zone": self.zone.code}}
            )


class UnitQuerySet(models.QuerySet):
    def public(self):
        """Published units of published buildings: what the list, exports and search show."""
        return self.filter(live=True, building__live=True)

    def in_code_order(self):
        return self.order_by("building__code", "floor", "code")


class Unit(DraftStateMixin, RevisionMixin, ClusterableModel):
    """A lettable office unit, or a block of co-working or incubator desks, on one floor of a building.

    Offices are priced per m² per month with a service charge per m² per month; desks per desk per
    month, all-inclusive. Yearly costs are worked out by `land.costs`."""

    code = models.CharField(
        _("code"),
        max_length=10,
        unique=True,
        validators=[unit_code_validator],
        help_text=_("Building code, hyphen, unit number, e.g. T1-301. Shown in URLs in lower case."),
    )
    building = models.ForeignKey(Building, verbose_name=_("building"), on_delete=models.PROTECT, related_name="units")
    kind = models.CharField(
        _("kind"), max_length=12, choices=UnitKind.choices, default=UnitKind.OFFICE, help_text=_("What is let.")
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=UnitStatus.choices,
        default=UnitStatus.AVAILABLE,
        editable=False,
        db_index=True,
        help_text=_("Changed only with the “Change status” action, which keeps a log."),
    )
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True, editable=False)
    floor = models.SmallIntegerField(
        _("floor"), validators=[MinValueValidator(-5), MaxValueValidator(60)], help_text=_("0 is the ground floor.")
    )
    area_m2 = models.DecimalField(
        _("area (m²)"),
        max_digits=8,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Net lettable area; for desks, the area of the shared space."),
    )
    fit_out = models.CharField(_("fit-out"), max_length=12, choices=FitOut.choices, default=FitOut.FITTED)
    price_usd_m2_month = models.DecimalField(
        _("rent (USD/m²/month)"),
        null=True,
        blank=True,
        help_text=_("Offices only: rent per square metre per month, before service charge."),
        **MONEY,
    )
    service_charge_usd_m2_month = models.DecimalField(
        _("service charge (USD/m²/month)"),
        null=True,
        blank=True,
        help_text=_("Offices only: management, security, cleaning of common areas, air conditioning."),
        **MONEY,
    )
    desk_price_usd_month = models.DecimalField(
        _("price per desk (USD/month)"),
        null=True,
        blank=True,
        help_text=_("Desks only: all-inclusive price of one desk per month (power, internet, meeting rooms)."),
        **MONEY,
    )
    desks_available = models.PositiveSmallIntegerField(
        _("desks available"), null=True, blank=True, help_text=_("Desks only: how many can be let now.")
    )
    deposit_months = models.PositiveSmallIntegerField(
        _("deposit (months)"),
        default=3,
        validators=[MaxValueValidator(12)],
        help_text=_("Deposit in months of rent and service charge, refunded at the end of the lease."),
    )
    min_lease_months = models.PositiveSmallIntegerField(
        _("minimum lease (months)"), default=12, validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    available_from = models.DateField(
        _("available from"), null=True, blank=True, help_text=_("Leave empty when the unit is available now.")
    )
    summary_vi = models.TextField(_("summary (Vietnamese)"), help_text=_("Two or three sentences for investors."))
    summary_en = models.TextField(_("summary (English)"), help_text=_("Two or three sentences for investors."))
    floor_plan = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("floor plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A drawing of the unit's layout."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="land_unit")

    objects = UnitQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("building"), FieldPanel("kind")], heading=_("Identity")),
        FieldRowPanel([FieldPanel("available_from")], heading=_("Availability")),
        FieldRowPanel([FieldPanel("floor"), FieldPanel("area_m2"), FieldPanel("fit_out")], heading=_("Space")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price_usd_m2_month"), FieldPanel("service_charge_usd_m2_month")]),
                FieldRowPanel([FieldPanel("desk_price_usd_month"), FieldPanel("desks_available")]),
                FieldRowPanel([FieldPanel("deposit_months"), FieldPanel("min_lease_months")]),
            ],
            heading=_("Prices and lease terms"),
        ),
        MultiFieldPanel([FieldPanel("summary_vi"), FieldPanel("summary_en")], heading=_("Summary")),
        FieldPanel("floor_plan"),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
    ]

    class Meta:
        ordering = ["building__code", "floor", "code"]
        verbose_name = _("office unit")
        verbose_name_plural = _("office units")
        permissions = [("change_unit_status", _("Can reserve, lease and release office units"))]

    def __str__(self):
        return self.code

    @property
    def revisions(self):
        return self._revisions

    @property
    def summary(self):
        return in_active_language(self, "summary")

    @property
    def slug(self):
        return self.code.lower()

    @property
    def is_desks(self):
        return self.kind in DESK_KINDS

    def with_content_json(self, content):
        """Publishing an old draft must never undo a logged status change."""
        obj = super().with_content_json(content)
        obj.status = self.status
        obj.status_changed_at = self.status_changed_at
        return obj

    def monthly_rent_usd(self):
        """Rent of the whole unit (offices) or of one desk (desks) for a month, before service charge."""
        if self.is_desks:
            return self.desk_price_usd_month
        return (self.area_m2 * self.price_usd_m2_month).quantize(Decimal("0.01"))

    def monthly_service_charge_usd(self):
        """Service charge of the whole unit for a month (desks: included in the desk price)."""
        if self.is_desks:
            return Decimal("0.00")
        return (self.area_m2 * self.service_charge_usd_m2_month).quantize(Decimal("0.01"))

    def clean_fields(self, exclude=None):
        self.code = (self.code or "").strip().upper()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        errors = {}
        match = UNIT_CODE_PATTERN.match(self.code or "")
        if match and self.building_id and match.group(1) != self.building.code:
            errors["code"] = _("The code must start with the building's code (%(building)s-).") % {
                "building": self.building.code
            }
        if self.building_id and self.floor is not None and self.floor > self.building.floors:
            errors["floor"] = _("Building %(building)s has %(floors)s floors.") % {
                "building": self.building.code,
                "floors": self.building.floors,
            }
        required = (
            ("desk_price_usd_month", "desks_available")
            if self.kind in DESK_KINDS
            else ("price_usd_m2_month", "service_charge_usd_m2_month")
        )
        for name in required:
            if getattr(self, name) is None:
                errors[name] = _("Required for this kind of unit.")
        if errors:
            raise ValidationError(errors)


class UnitPhoto(DescribedPhoto):
    """A photo of an office unit, with a description for people who cannot see it."""

    unit = ParentalKey(Unit, on_delete=models.CASCADE, related_name="photos")

    class Meta(DescribedPhoto.Meta):
        verbose_name = _("photo")


class UnitStatusChange(models.Model):
    """One logged status change of an office unit (reserved, leased, released): who, when, why.

    `actor` is empty for changes made by the system or by a staff account deleted since."""

    unit = models.ForeignKey(Unit, on_delete=models.SET_NULL, null=True, related_name="status_changes")
    unit_code = models.CharField(_("unit code"), max_length=10, help_text=_("Kept if the unit is deleted."))
    from_status = models.CharField(_("from"), max_length=12, choices=UnitStatus.choices)
    to_status = models.CharField(_("to"), max_length=12, choices=UnitStatus.choices)
    actor = models.ForeignKey(
        "accounts.User", verbose_name=_("changed by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField(_("reason"))
    reference = models.CharField(
        _("reference"), max_length=64, blank=True, help_text=_("E.g. the investment application number.")
    )
    created_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("unit status change")
        verbose_name_plural = _("unit status changes")

    def __str__(self):
        return f"{self.unit_code}: {self.from_status} → {self.to_status}"
