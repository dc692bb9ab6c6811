from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: the page cache, template slots, the seeding registry, the security
    middleware, health endpoints and the translation commands. It imports no other project app."""

    name = "core"

    def ready(self):
        from . import health

        health.register_check("database", health.database_status, required=True, order=0)
