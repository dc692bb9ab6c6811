from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: the page cache, template slots, the seeding registry, the security
    middleware, health endpoints and the translation commands. It imports no other project app."""

    name = "core"

    def ready(self):
        from . import health
        from .page_cache.invalidation import connect_wagtail_signals

        health.register_check("database", health.database_status, required=True, order=0)
        connect_wagtail_signals()
        from .csv_export import apply_to_wagtail_exports

        apply_to_wagtail_exports()  # the admin's CSV downloads follow the same rules as the site's
