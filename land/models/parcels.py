"""Parcels: the plots of land investors lease, with their specification, geometry, photos and drawings."""

import re
from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, ProtectedError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin
from wagtail.search import index

from core.bilingual import in_active_language
from core.search_text import FoldedSearchText
from land import geometry

from .photos import DescribedPhoto
from .zones import validate_outline

CODE_PATTERN = re.compile(r"^([A-Z]{1,2})-([1-9][0-9]{0,3})$")
parcel_code_validator = RegexValidator(CODE_PATTERN, _("Use the zone letters, a hyphen and a number, e.g. A-12."))


class LandUse(models.TextChoices):
    """What a parcel may be built for, per the park's detailed plan."""

    SOFTWARE_OFFICE = "software_office", _("Software & R&D office")
    DATA_CENTRE = "data_centre", _("Data centre")
    DIGITAL_CONTENT = "digital_content", _("Digital-content studio")
    TRAINING_SERVICES = "training_services", _("Training & services")
    EXPERT_HOUSING = "expert_housing", _("Expert housing")


class ParcelStatus(models.TextChoices):
    """Where a parcel stands in the leasing cycle; changed only through land.services."""

    AVAILABLE = "available", _("Available")
    RESERVED = "reserved", _("Reserved")
    LEASED = "leased", _("Leased")
    NOT_OPEN = "not_open", _("Not yet open")


# Statuses that tie a parcel to an investor: its record must outlive any wish to delete it.
HELD_STATUSES = (ParcelStatus.RESERVED, ParcelStatus.LEASED)


class ParcelQuerySet(models.QuerySet):
    """Parcels as the public sees them: published, in natural code order (A-2 before A-10)."""

    def delete(self):
        """Refuses, deleting nothing, when one of the parcels is reserved or leased (see Parcel.delete)."""
        held = self.filter(status__in=HELD_STATUSES).order_by("code")
        first = held.first()
        if first is not None:
            raise ProtectedError(first.deletion_refusal(), list(held))
        return super().delete()

    def public(self):
        """Published, not retired parcels in published zones: what the list, plan, exports and search show."""
        return self.filter(live=True, zone__live=True, retired_at__isnull=True)

    def retired(self):
        """Published parcels that were retired: their page only says they are no longer offered."""
        return self.filter(live=True, zone__live=True, retired_at__isnull=False)

    def in_code_order(self):
        return self.order_by("code_prefix", "code_number")

    def around(self, centre, radius_m):
        """Parcels whose centre lies in the square of side 2 × `radius_m` around `centre` (x, y)."""
        x, y = centre
        return self.filter(centre_x__range=(x - radius_m, x + radius_m), centre_y__range=(y - radius_m, y + radius_m))

    def nearest_first(self, centre):
        """Ordered by the distance of their centres from `centre` (x, y), computed by the database."""
        x, y = centre
        dx, dy = F("centre_x") - x, F("centre_y") - y
        return self.annotate(distance_sq=dx * dx + dy * dy).order_by("distance_sq", "code_prefix", "code_number")


class Parcel(FoldedSearchText, DraftStateMixin, RevisionMixin, LockableMixin, index.Indexed, ClusterableModel):
    """A plot of land in a zone, leased to investors; one record serves both languages."""

    code = models.CharField(
        _("code"),
        max_length=8,
        unique=True,
        validators=[parcel_code_validator],
        help_text=_("Zone letters, hyphen, number, e.g. A-12. Shown in URLs in lower case."),
    )
    code_prefix = models.CharField(max_length=2, editable=False, default="", db_index=True)
    code_number = models.PositiveIntegerField(editable=False, default=0)
    zone = models.ForeignKey(
        "land.Zone",
        verbose_name=_("zone"),
        on_delete=models.PROTECT,
        related_name="parcels",
        help_text=_("The zone the parcel lies in; its outline must contain the parcel."),
    )
    land_use = models.CharField(
        _("land use"), max_length=24, choices=LandUse.choices, help_text=_("What the parcel may be built for.")
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ParcelStatus.choices,
        default=ParcelStatus.NOT_OPEN,
        editable=False,
        db_index=True,
        help_text=_("Changed only with the “Change status” action, which keeps a log."),
    )
    area_m2 = models.DecimalField(
        _("area (m²)"),
        max_digits=10,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Surveyed area in square metres."),
    )
    lease_price_usd = models.DecimalField(
        _("lease price (USD/m²/year)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("List price in US dollars per square metre per year; đồng are shown at the configured rate."),
    )
    max_lease_term_years = models.PositiveSmallIntegerField(
        _("maximum lease term (years)"),
        validators=[MinValueValidator(1), MaxValueValidator(70)],
        help_text=_("Longest lease the park can grant for this parcel (at most 70 years)."),
    )
    building_density_pct = models.DecimalField(
        _("maximum building density (%)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("100"))],
        help_text=_("Share of the parcel that buildings may cover."),
    )
    floor_area_ratio = models.DecimalField(
        _("plot ratio"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.1"))],
        help_text=_("Maximum gross floor area divided by parcel area."),
    )
    max_height_m = models.DecimalField(
        _("maximum height (m)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Maximum building height in metres."),
    )
    power_capacity_kva = models.PositiveIntegerField(
        _("power capacity (kVA)"), validators=[MinValueValidator(1)], help_text=_("Grid connection reserved.")
    )
    fibre_capacity_gbps = models.DecimalField(
        _("fibre capacity (Gbit/s)"),
        max_digits=6,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1"))],
        help_text=_("Bandwidth available at the parcel boundary."),
    )
    water_capacity_m3_day = models.PositiveIntegerField(
        _("water supply (m³/day)"), validators=[MinValueValidator(1)], help_text=_("Daily water allocation.")
    )
    plan_polygon = models.JSONField(
        _("outline (site-plan metres)"),
        default=list,
        help_text=_("Closed polygon as [[x, y], …] in metres east and north of the survey origin."),
    )
    centre_x = models.FloatField(
        _("centre east (m)"), null=True, editable=False, help_text=_("Computed from the site-plan outline.")
    )
    centre_y = models.FloatField(
        _("centre north (m)"), null=True, editable=False, help_text=_("Computed from the site-plan outline.")
    )
    geo_polygon = models.JSONField(
        _("outline (WGS84)"),
        default=list,
        blank=True,
        help_text=_("Closed polygon as [[longitude, latitude], …]. Leave empty to compute it from the site plan."),
    )
    summary_vi = models.TextField(_("summary (Vietnamese)"), help_text=_("Two or three sentences for investors."))
    summary_en = models.TextField(_("summary (English)"), help_text=_("Two or three sentences for investors."))
    notes_vi = models.TextField(_("notes (Vietnamese)"), blank=True, help_text=_("Conditions, access, easements."))
    notes_en = models.TextField(_("notes (English)"), blank=True, help_text=_("Conditions, access, easements."))
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Show on the home page while the parcel is available.")
    )
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True, editable=False)
    reserved_until = models.DateField(
        _("reserved until"),
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("Last day of the reservation; the parcel is released the day after. Set by “Change status”."),
    )
    retired_at = models.DateTimeField(
        _("retired"),
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("When the parcel was withdrawn from offer for good; set only by the “Retire” action."),
    )
    retired_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("retired by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    retirement_reason = models.TextField(_("reason for retirement"), blank=True, editable=False)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="land_parcel")

    objects = ParcelQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("zone"), FieldPanel("land_use")], heading=_("Identity")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("area_m2"), FieldPanel("lease_price_usd"), FieldPanel("max_lease_term_years")]
                ),
                FieldRowPanel(
                    [FieldPanel("building_density_pct"), FieldPanel("floor_area_ratio"), FieldPanel("max_height_m")]
                ),
            ],
            heading=_("Specification and lease terms"),
        ),
        FieldRowPanel(
            [FieldPanel("power_capacity_kva"), FieldPanel("fibre_capacity_gbps"), FieldPanel("water_capacity_m3_day")],
            heading=_("Infrastructure"),
        ),
        MultiFieldPanel([FieldPanel("summary_vi"), FieldPanel("summary_en")], heading=_("Summary")),
        MultiFieldPanel([FieldPanel("notes_vi"), FieldPanel("notes_en")], heading=_("Notes")),
        MultiFieldPanel([FieldPanel("plan_polygon"), FieldPanel("geo_polygon")], heading=_("Geometry")),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        InlinePanel("drawings", heading=_("Drawings"), label=_("Drawing")),
        FieldPanel("featured"),
    ]
    folded_search_sources = ("code", "summary_vi", "summary_en", "notes_vi")
    search_fields = [
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.SearchField("summary_vi"),
        index.SearchField("summary_en"),
        index.SearchField("folded_search_text"),  # staff typing without diacritics in the admin
        index.FilterField("status"),
        index.FilterField("land_use"),
        index.FilterField("zone"),
    ]

    class Meta:
        ordering = ["code_prefix", "code_number"]
        verbose_name = _("parcel")
        verbose_name_plural = _("parcels")
        permissions = [("change_parcel_status", _("Can reserve, lease, release and open parcels"))]

    def __str__(self):
        return self.code

    @property
    def revisions(self):
        return self._revisions

    @property
    def is_retired(self):
        """Retired parcels are kept for history but no longer offered, listed or searchable."""
        return self.retired_at is not None

    @property
    def summary(self):
        return in_active_language(self, "summary")

    @property
    def notes(self):
        return in_active_language(self, "notes")

    @property
    def slug(self):
        """The code as it appears in URLs: a-12."""
        return self.code.lower()

    def deletion_refusal(self):
        """Why this parcel may not be deleted, as a translated sentence, or None when it may be."""
        if self.status in HELD_STATUSES:
            return gettext(
                "Parcel %(code)s is %(status)s, so it cannot be deleted: its lease records must be kept. "
                "Retire it instead: it leaves the public list but keeps its history."
            ) % {"code": self.code, "status": self.get_status_display().lower()}
        return None

    def delete(self, *args, **kwargs):
        """A reserved or leased parcel is never deleted, whatever the code path: it can only be retired."""
        refusal = self.deletion_refusal()
        if refusal:
            raise ProtectedError(refusal, [self])
        return super().delete(*args, **kwargs)

    def plan_points(self):
        """The site-plan outline as (x, y) float pairs (empty when invalid)."""
        return geometry.as_points(self.plan_polygon) or []

    def annual_rent_usd(self):
        """The list rent of the whole parcel for one year, in US dollars."""
        return (self.area_m2 * self.lease_price_usd).quantize(Decimal("0.01"))

    def with_content_json(self, content):
        """Publishing an old draft must never undo a logged status change or a retirement."""
        obj = super().with_content_json(content)
        for field in (
            "status",
            "status_changed_at",
            "reserved_until",
            "retired_at",
            "retired_by_id",
            "retirement_reason",
        ):
            setattr(obj, field, getattr(self, field))
        return obj

    def clean_fields(self, exclude=None):
        self.code = (self.code or "").strip().upper()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        errors = {}
        match = CODE_PATTERN.match(self.code or "")
        if match and self.zone_id and match.group(1) != self.zone.code:
            errors["code"] = _("The code must start with the zone's code (%(zone)s-).") % {"zone": self.zone.code}
        try:
            plan = validate_outline(self.plan_polygon, _("The site-plan outline"))
            if self.zone_id and not geometry.contains_polygon(self.zone.outline_points(), plan):
                errors["plan_polygon"] = _("The outline must lie inside zone %(zone)s.") % {"zone": self.zone.code}
            elif not self.geo_polygon:
                self.geo_polygon = geometry.plan_to_wgs84(plan)
        except ValidationError as error:
            errors["plan_polygon"] = error
        if self.geo_polygon:
            self._clean_geo_polygon(errors)
        if errors:
            raise ValidationError(errors)

    def _clean_geo_polygon(self, errors):
        try:
            points = validate_outline(self.geo_polygon, _("The WGS84 outline"))
        except ValidationError as error:
            errors["geo_polygon"] = error
            return
        if not all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in points):
            errors["geo_polygon"] = _("Give each corner as [longitude, latitude] in degrees.")

    def derive_fields(self):
        """Fill the fields computed from others: code parts for sorting, centre for neighbour queries."""
        match = CODE_PATTERN.match(self.code or "")
        if match:
            self.code_prefix, self.code_number = match.group(1), int(match.group(2))
        points = self.plan_points()
        self.centre_x, self.centre_y = geometry.centroid(points) if points else (None, None)

    def save(self, *args, **kwargs):
        self.derive_fields()
        super().save(*args, **kwargs)


class ParcelPhoto(DescribedPhoto):
    """A photo of a parcel, with a description for people who cannot see it."""

    parcel = ParentalKey(Parcel, on_delete=models.CASCADE, related_name="photos")

    class Meta(DescribedPhoto.Meta):
        verbose_name = _("photo")


class ParcelDrawing(Orderable):
    """A drawing or data sheet of a parcel (site plan extract, survey, utility map)."""

    parcel = ParentalKey(Parcel, on_delete=models.CASCADE, related_name="drawings")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A PDF or CAD file."),
    )
    title_vi = models.CharField(_("title (Vietnamese)"), max_length=200, help_text=_("E.g. Bản vẽ ranh giới lô đất."))
    title_en = models.CharField(_("title (English)"), max_length=200, help_text=_("E.g. Boundary survey."))

    panels = [FieldPanel("document"), FieldRowPanel([FieldPanel("title_vi"), FieldPanel("title_en")])]

    class Meta(Orderable.Meta):
        verbose_name = _("drawing")

    @property
    def title(self):
        return in_active_language(self, "title")


class ParcelStatusChange(models.Model):
    """One logged status change of a parcel: who, when, from what to what, and why.

    `actor` is empty for changes made by the system (demo seeding, imports, or a staff account that
    was deleted since); the admin shows them as made by the system."""

    parcel = models.ForeignKey(Parcel, on_delete=models.SET_NULL, null=True, related_name="status_changes")
    parcel_code = models.CharField(_("parcel code"), max_length=8, help_text=_("Kept if the parcel is deleted."))
    from_status = models.CharField(_("from"), max_length=12, choices=ParcelStatus.choices)
    to_status = models.CharField(_("to"), max_length=12, choices=ParcelStatus.choices)
    reserved_until = models.DateField(
        _("reserved until"), null=True, blank=True, help_text=_("The reservation's last day set by this change.")
    )
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
        verbose_name = _("parcel status change")
        verbose_name_plural = _("parcel status changes")

    def __str__(self):
        return f"{self.parcel_code}: {self.from_status} → {self.to_status}"
