"""The scheduler runs each registered periodic job once per period, even with two schedulers running."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.core.management import call_command
from django.db import connection
from django.utils import timezone

import pytest

from core import scheduler
from core.models import ScheduledJobRun


@pytest.fixture
def counted_job():
    runs = []
    scheduler.register_job("test-counted", lambda: runs.append(1) or len(runs), every=timedelta(hours=1))
    yield runs
    scheduler._jobs.pop("test-counted", None)


def test_the_periodic_jobs_of_every_app_are_registered():
    assert {"outbox-retry", "search-retry", "daily-maintenance", "training-reminders"} <= set(scheduler.jobs())


@pytest.mark.django_db
def test_a_job_runs_when_due_and_not_again_within_its_period(counted_job):
    now = timezone.now()
    assert scheduler.run_due(now=now, only=["test-counted"]) == {"test-counted": "ok: 1"}
    assert scheduler.run_due(now=now + timedelta(minutes=59), only=["test-counted"]) == {}
    assert scheduler.run_due(now=now + timedelta(minutes=61), only=["test-counted"]) == {"test-counted": "ok: 2"}
    assert ScheduledJobRun.objects.get(name="test-counted").outcome == "ok: 2"


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_the_others_still_run(counted_job):
    scheduler.register_job("test-broken", lambda: 1 / 0, every=timedelta(hours=1))
    try:
        outcomes = scheduler.run_due(only=["test-broken", "test-counted"])
    finally:
        scheduler._jobs.pop("test-broken")
    assert outcomes["test-broken"].startswith("failed: ZeroDivisionError")
    assert outcomes["test-counted"] == "ok: 1"


@pytest.mark.django_db
def test_the_command_runs_due_jobs_once_and_prints_what_ran(counted_job, capsys):
    call_command("run_scheduled_jobs", job=["test-counted"])
    call_command("run_scheduled_jobs", job=["test-counted"])
    assert capsys.readouterr().out.count("test-counted: ok") == 1 and len(counted_job) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_once_run_a_job_once(counted_job):
    now = timezone.now()

    def run(_number):
        try:
            return scheduler.run_due(now=now, only=["test-counted"])
        finally:
            connection.close()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(run, range(4)))
    assert len(counted_job) == 1
