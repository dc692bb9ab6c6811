from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """People who sign in: investors, trainees and staff, and their account dashboard."""

    name = "accounts"
    verbose_name = _("Accounts")
