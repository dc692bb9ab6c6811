from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandConfig(AppConfig):
    """Zones and land parcels, office buildings and units: the catalogues, the site plan, costs and open data."""

    name = "land"
    verbose_name = _("Land")

    def ready(self):
        import datetime

        from core import scheduler, slots
        from core.seeding import register_step

        from .demo.offices import seed_offices
        from .demo.seeding import seed_land
        from .views.featured import home_featured_context

        register_step("land", seed_land, order=20)
        from .services import release_expired_reservations

        scheduler.register_job(
            "land-release-expired-reservations", release_expired_reservations, every=datetime.timedelta(hours=1)
        )
        register_step("offices", seed_offices, order=21)
        from .services import expire_holds

        scheduler.register_job("land-expire-holds", expire_holds, every=datetime.timedelta(minutes=15))
        from core import page_cache

        from .models import Building, OccupancyCosts, Parcel, ParcelDrawing, ParcelPhoto, Unit, UnitPhoto, Zone

        page_cache.invalidate_on_change(
            Zone, Parcel, ParcelPhoto, ParcelDrawing, Building, Unit, UnitPhoto, OccupancyCosts
        )
        slots.register(
            "home_featured",
            slots.SlotProvider(
                key="land", template="land/slots/home_featured.html", get_context=home_featured_context, order=20
            ),
        )
