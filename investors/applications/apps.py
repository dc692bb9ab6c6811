from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """Online investment applications: the applicant's file, its review, decision and service clock."""

    name = "investors.applications"
    label = "applications"
    verbose_name = _("Investment applications")
