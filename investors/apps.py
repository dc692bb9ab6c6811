from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestorsConfig(AppConfig):
    """Incentive policies and the estimator; investment applications and their review."""

    name = "investors"
    verbose_name = _("Investors")
