from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: the page cache, template slots, the seeding registry, the security
    middleware, health endpoints and the translation commands. It imports no other project app."""

    name = "core"

    def ready(self):
        from . import health
        from .page_cache.invalidation import connect_wagtail_signals

        health.register_check("database", health.database_status, required=True, order=0)
        connect_wagtail_signals()
        from .csv_export import apply_to_wagtail_exports

        apply_to_wagtail_exports()  # the admin's CSV downloads follow the same rules as the site's
        self.register_scheduled_jobs()

    @staticmethod
    def register_scheduled_jobs():
        from datetime import timedelta

        from . import outbox, scheduler
        from .management.commands.daily_maintenance import run_daily_maintenance

        scheduler.register_job("outbox-retry", outbox.retry_due, every=timedelta(minutes=1))
        scheduler.register_job("daily-maintenance", run_daily_maintenance, every=timedelta(days=1))
        scheduler.register_job("task-results-prune", prune_task_results, every=timedelta(days=1))


def prune_task_results():
    """Finished background-task results older than a week (the database task backend keeps them)."""
    from django.conf import settings
    from django.core.management import call_command

    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return "no database task backend"
    call_command("prune_db_task_results", min_age_days=7, failed_min_age_days=30, verbosity=0)
    return "pruned"
