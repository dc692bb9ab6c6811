from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search: Elasticsearch through elasticsearch-dsl when configured, the database otherwise."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from core.seeding import register_step

        from . import signals
        from .demo.seeding import seed_search_index

        autodiscover_modules("search_providers")
        signals.connect()
        register_step("search", seed_search_index, order=90)
        from core import health

        from .backend import search_backend_status

        health.register_check("search", search_backend_status)
        from datetime import timedelta

        from core import scheduler

        from .indexing import retry_pending_if_enabled

        scheduler.register_job("search-retry", retry_pending_if_enabled, every=timedelta(minutes=5))
