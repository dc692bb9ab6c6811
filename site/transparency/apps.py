from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TransparencyConfig(AppConfig):
    """The park's targets measured against figures computed from its own database (see docs/transparency.md)."""

    name = "transparency"
    verbose_name = _("Transparency")

    def ready(self):
        from .setup import ready

        ready()
