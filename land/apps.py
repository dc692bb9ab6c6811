from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandConfig(AppConfig):
    """Zones and land parcels: the catalogue, the site plan and open data."""

    name = "land"
    verbose_name = _("Land")
