from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """IT-specialist training: programmes, cohorts, registrations, attendance and certificates."""

    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from core.seeding import register_step

        from .demo.seeding import seed_training
        from .slots import register_slots

        register_slots()
        register_step("training", seed_training, order=40)
        from .personal_data import register as register_personal_data

        register_personal_data()
        from core import outbox

        from .emails import render_registration_email
        from .models import NoticeKind

        outbox.register_renderer("training", render_registration_email, labels=NoticeKind)
        from datetime import timedelta

        from core import scheduler

        from .services import queue_reminders

        scheduler.register_job("training-reminders", queue_reminders, every=timedelta(days=1))
        from core import page_cache

        from .models import Cohort, Registration, Session

        page_cache.invalidate_on_change(Cohort, Session)
        # Seats left show on public pages; a rush of registrations refreshes them once per few seconds.
        page_cache.invalidate_soon_on_change(Registration)
