from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """IT-specialist training: programmes, cohorts, registrations, attendance and certificates."""

    name = "training"
    verbose_name = _("Training")
