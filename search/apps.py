from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search: Elasticsearch through elasticsearch-dsl when configured, the database otherwise."""

    name = "search"
    verbose_name = _("Search")
