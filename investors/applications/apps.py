from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """Online investment applications: the applicant's file, its review, decision and service clock."""

    name = "investors.applications"
    label = "applications"
    verbose_name = _("Investment applications")

    def ready(self):
        from core.seeding import register_step

        from .demo.seeding import seed_applications
        from .slots import register_slots

        register_slots()
        from core import page_cache

        from .models import AllocationCriterion

        page_cache.invalidate_on_change(AllocationCriterion)  # the incentives page lists the criteria
        register_step("applications", seed_applications, order=50)
        from .personal_data import register as register_personal_data

        register_personal_data()
        from core import outbox

        from .models import NoticeKind
        from .notifications import render_notice

        outbox.register_renderer("applications", render_notice, labels=NoticeKind)
        from investors.policy_alerts import register_relying_files

        from .services import applications_relying_on

        register_relying_files(applications_relying_on)
        from datetime import timedelta

        from core import scheduler

        from .reminders import morning_reminders

        # Hourly, but it sends only from the morning on; each person gets each reminder once a day.
        scheduler.register_job("application-reminders", morning_reminders, every=timedelta(hours=1))
