from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site shell: home and standard pages, news, shared blocks, settings and navigation."""

    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from .demo import order_menu, seed_site
        from .seeding import register_step

        register_step("home", seed_site, order=0)
        register_step("menu order", order_menu, order=95)
        from .transparency.setup import ready as setup_transparency

        setup_transparency()
        from .page_cache.invalidation import connect_shell_signals

        connect_shell_signals()
        from .csv_export import apply_to_wagtail_exports

        apply_to_wagtail_exports()
