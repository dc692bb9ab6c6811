from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site shell: home and standard pages, news, shared blocks, settings and navigation."""

    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from core.seeding import register_step

        from .demo.library import seed_faq_and_library
        from .demo.seeding import order_menu, seed_site

        register_step("home", seed_site, order=0)
        register_step("faq and documents", seed_faq_and_library, order=40)
        register_step("menu order", order_menu, order=95)
        from core import page_cache

        from .models import (
            ContactSettings,
            CurrencySettings,
            DeskOfficer,
            FooterText,
            LegalPages,
            LibraryDocument,
            OpeningPeriod,
        )

        page_cache.invalidate_on_change(
            ContactSettings, CurrencySettings, FooterText, LegalPages, LibraryDocument, DeskOfficer, OpeningPeriod
        )
