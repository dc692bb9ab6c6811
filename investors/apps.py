from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestorsConfig(AppConfig):
    """Incentive policies and the estimator; investment applications and their review."""

    name = "investors"
    verbose_name = _("Investors")

    def ready(self):
        from core import slots
        from core.seeding import register_step

        from .demo.seeding import seed_incentives
        from .slots import account_saved_checklists, account_saved_estimates, featured_policies

        register_step("incentives", seed_incentives, order=30)
        from core import page_cache

        from .models import IncentiveRule, ParkLegalStatus

        page_cache.invalidate_on_change(IncentiveRule)
        page_cache.invalidate_on_change(ParkLegalStatus)  # the incentive pages show it and the estimate uses it
        from wagtail.signals import page_published

        from core import outbox

        from .models import AlertEmailKind, PolicyPage
        from .policy_alerts import on_policy_published, render_alert_email

        outbox.register_renderer("investors", render_alert_email, labels=AlertEmailKind)

        page_published.connect(on_policy_published, sender=PolicyPage, dispatch_uid="investors_policy_alerts")
        slots.register(
            "home_featured",
            slots.SlotProvider(
                key="incentives",
                template="investors/slots/home_featured.html",
                get_context=featured_policies,
                order=20,
            ),
        )
        slots.register(
            "account_dashboard",
            slots.SlotProvider(
                key="saved_estimates",
                template="investors/slots/account_estimates.html",
                get_context=account_saved_estimates,
                order=15,
            ),
        )
        slots.register(
            "account_dashboard",
            slots.SlotProvider(
                key="saved_checklists",
                template="investors/slots/account_checklists.html",
                get_context=account_saved_checklists,
                order=16,
            ),
        )
