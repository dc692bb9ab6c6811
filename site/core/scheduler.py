"""The scheduler's registry of periodic jobs, and running the ones that are due once.

Apps register their periodic work from `AppConfig.ready()`:

    from core import scheduler
    scheduler.register_job("training-reminders", queue_reminders, every=timedelta(days=1))

`python manage.py run_scheduled_jobs` runs every job that is due, once (cron calls it every minute);
`--loop` keeps running it every minute (the Procfile's `scheduler` process). A job is due when it never
ran or its last start is `every` ago. It is claimed first (a conditional UPDATE of its
`ScheduledJobRun` row), so two schedulers started by mistake still run each job once per period. A job
that raises is logged and recorded; the others still run.
"""

import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

_jobs = {}


@dataclass(frozen=True)
class Job:
    name: str
    function: object
    every: timedelta


def register_job(name, function, every):
    """Run `function()` (no arguments; what it returns is logged) every `every` (a timedelta).
    `settings.SCHEDULER_PERIODS` ({name: seconds}) overrides a period without a code change."""
    from django.conf import settings

    override = getattr(settings, "SCHEDULER_PERIODS", {}).get(name)
    _jobs[name] = Job(name=name, function=function, every=timedelta(seconds=override) if override else every)


def jobs():
    return dict(_jobs)


def _claim(job, now):
    from core.models import ScheduledJobRun

    with contextlib.suppress(IntegrityError):  # another scheduler created it at the same moment
        ScheduledJobRun.objects.get_or_create(name=job.name)
    due = Q(started_at__isnull=True) | Q(started_at__lte=now - job.every)
    return bool(ScheduledJobRun.objects.filter(due, name=job.name).update(started_at=now))


def run_due(now=None, only=None):
    """Run each registered job that is due (or only those named); {name: outcome} of the ones run."""
    from core.models import ScheduledJobRun

    now = now or timezone.now()
    outcomes = {}
    for job in _jobs.values():
        if only and job.name not in only:
            continue
        if not _claim(job, now):
            continue
        try:
            outcome = f"ok: {job.function()!r}"
        except Exception as error:  # noqa: BLE001 - one failing job must not stop the others
            logger.exception("Scheduled job %s failed", job.name)
            outcome = f"failed: {error!r}"
        ScheduledJobRun.objects.filter(name=job.name).update(finished_at=timezone.now(), outcome=outcome[:500])
        outcomes[job.name] = outcome
    return outcomes
