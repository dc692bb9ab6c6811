"""The costs of being in the park besides rent: fees, deposits, payment schedules and utility tariffs,
kept by staff as one setting with each tariff's source and date (docs/costs.md)."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core.bilingual import in_active_language

POSITIVE = [MinValueValidator(Decimal("0"))]


@register_setting(icon="doc-full")
class OccupancyCosts(BaseGenericSetting):
    """Fees, deposits, payment schedules and utility tariffs used in the yearly cost tables of parcels and
    office units and in the estimator. Each tariff carries its source and the date it was checked."""

    infrastructure_fee_usd_m2_year = models.DecimalField(
        _("infrastructure fee for parcels (USD/m²/year)"),
        max_digits=8,
        decimal_places=2,
        default=Decimal("0.50"),
        validators=POSITIVE,
        help_text=_("Use and upkeep of the park's roads, lighting, drainage and security, per m² of parcel per year."),
    )
    parcel_deposit_months = models.PositiveSmallIntegerField(
        _("deposit for parcels (months of rent)"),
        default=3,
        validators=[MaxValueValidator(24)],
        help_text=_("Refunded at the end of the lease or set against the last payments."),
    )
    parcel_schedule_vi = models.TextField(_("parcel payment schedule (Vietnamese)"), blank=True)
    parcel_schedule_en = models.TextField(_("parcel payment schedule (English)"), blank=True)
    unit_schedule_vi = models.TextField(_("office payment schedule (Vietnamese)"), blank=True)
    unit_schedule_en = models.TextField(_("office payment schedule (English)"), blank=True)

    electricity_vnd_kwh = models.DecimalField(
        _("electricity (VND/kWh)"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("3152"),
        validators=POSITIVE,
        help_text=_("Business tariff, normal hours, before VAT."),
    )
    electricity_source = models.CharField(_("electricity: source"), max_length=250, blank=True)
    electricity_checked = models.DateField(_("electricity: checked on"), null=True, blank=True)
    water_vnd_m3 = models.DecimalField(
        _("water (VND/m³)"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("19500"),
        validators=POSITIVE,
        help_text=_("Price for business and services, before VAT and the wastewater charge."),
    )
    water_source = models.CharField(_("water: source"), max_length=250, blank=True)
    water_checked = models.DateField(_("water: checked on"), null=True, blank=True)
    internet_vnd_month = models.DecimalField(
        _("internet (VND/month)"),
        max_digits=12,
        decimal_places=0,
        default=Decimal("1500000"),
        validators=POSITIVE,
        help_text=_("A business fibre line for one office, per month."),
    )
    internet_source = models.CharField(_("internet: source"), max_length=250, blank=True)
    internet_checked = models.DateField(_("internet: checked on"), null=True, blank=True)
    office_kwh_m2_month = models.DecimalField(
        _("typical office use of electricity (kWh/m²/month)"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("10"),
        validators=POSITIVE,
        help_text=_("Used to estimate an office unit's electricity bill."),
    )
    office_water_m3_m2_month = models.DecimalField(
        _("typical office use of water (m³/m²/month)"),
        max_digits=6,
        decimal_places=3,
        default=Decimal("0.05"),
        validators=POSITIVE,
        help_text=_("Used to estimate an office unit's water bill."),
    )

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("infrastructure_fee_usd_m2_year"), FieldPanel("parcel_deposit_months")]),
             FieldPanel("parcel_schedule_vi"), FieldPanel("parcel_schedule_en")],
            heading=_("Parcels"),
        ),
        MultiFieldPanel([FieldPanel("unit_schedule_vi"), FieldPanel("unit_schedule_en")], heading=_("Office units")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("electricity_vnd_kwh"), FieldPanel("electricity_checked")]),
                FieldPanel("electricity_source"),
                FieldRowPanel([FieldPanel("water_vnd_m3"), FieldPanel("water_checked")]),
                FieldPanel("water_source"),
                FieldRowPanel([FieldPanel("internet_vnd_month"), FieldPanel("internet_checked")]),
                FieldPanel("internet_source"),
                FieldRowPanel([FieldPanel("office_kwh_m2_month"), FieldPanel("office_water_m3_m2_month")]),
            ],
            heading=_("Utility tariffs"),
        ),
    ]  # fmt: skip

    class Meta:
        verbose_name = _("costs of occupancy")

    @property
    def parcel_schedule(self):
        return in_active_language(self, "parcel_schedule")

    @property
    def unit_schedule(self):
        return in_active_language(self, "unit_schedule")
