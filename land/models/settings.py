"""The land officer's settings: how long a reservation lasts and how early the dashboard warns."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

DEFAULT_RESERVATION_DAYS = 90
DEFAULT_WARNING_DAYS = 14


@register_setting(icon="date")
class LandSettings(BaseGenericSetting):
    """Reservation rules set by staff: a new reservation holds its parcel for `reservation_days` unless the
    officer gives another date; the scheduler releases it the day after it ends. The land officer's
    admin home lists the reservations ending within `warning_days`."""

    reservation_days = models.PositiveIntegerField(
        _("reservation period (days)"),
        default=DEFAULT_RESERVATION_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("How long a reservation holds a parcel when the officer gives no end date."),
    )
    warning_days = models.PositiveIntegerField(
        _("warn before expiry (days)"),
        default=DEFAULT_WARNING_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Reservations ending within this many days are listed on the land officer's admin home."),
    )

    panels = [FieldRowPanel([FieldPanel("reservation_days"), FieldPanel("warning_days")])]

    class Meta:
        verbose_name = _("land reservation settings")
