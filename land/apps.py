from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandConfig(AppConfig):
    """Zones and land parcels: the catalogue, the site plan and open data."""

    name = "land"
    verbose_name = _("Land")

    def ready(self):
        from core import slots
        from core.seeding import register_step

        from .demo.seeding import seed_land
        from .views.featured import home_featured_context

        register_step("land", seed_land, order=20)
        from datetime import timedelta

        from core import scheduler

        from .services import expire_holds

        scheduler.register_job("land-expire-holds", expire_holds, every=timedelta(minutes=15))
        from core import page_cache

        from .models import Parcel, ParcelDrawing, ParcelPhoto, Zone

        page_cache.invalidate_on_change(Zone, Parcel, ParcelPhoto, ParcelDrawing)
        slots.register(
            "home_featured",
            slots.SlotProvider(
                key="land", template="land/slots/home_featured.html", get_context=home_featured_context, order=20
            ),
        )
