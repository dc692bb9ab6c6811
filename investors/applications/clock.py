"""The service clock: working days (weekdays minus Vietnamese public holidays) and statutory durations.

Durations per step are in working days; override them with settings.APPLICATION_STEP_DURATIONS
(a dict status -> days). Steps without a duration (draft, decided, withdrawn) have no clock.
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.utils import timezone

import holidays

DEFAULT_STEP_DURATIONS = {
    "submitted": 2,  # acknowledge receipt and open screening
    "screening": 5,  # check the file is complete
    "info_requested": 10,  # the applicant's time to answer
    "resubmitted": 3,  # look at the answer
    "appraisal": 15,  # appraisal and decision
}


def step_durations():
    """Statutory duration in working days of each step, settings first."""
    return {**DEFAULT_STEP_DURATIONS, **getattr(settings, "APPLICATION_STEP_DURATIONS", {})}


@lru_cache(maxsize=32)
def _holidays_of(year):
    return frozenset(holidays.country_holidays("VN", years=year).keys())


def is_working_day(day):
    """Monday to Friday and not a Vietnamese public holiday (Tết, 2 September, …)."""
    return day.weekday() < 5 and day not in _holidays_of(day.year)


def working_days_between(start, end):
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    day = start
    while day < end:
        day += datetime.timedelta(days=1)
        count += is_working_day(day)
    return count


def add_working_days(start, days):
    """The date `days` working days after `start`."""
    day = start
    remaining = days
    while remaining > 0:
        day += datetime.timedelta(days=1)
        remaining -= is_working_day(day)
    return day


def overdue_before(today, duration):
    """The date such that a step of `duration` working days started before it is overdue on `today`."""
    day = today
    counted = 0
    # working_days_between(day - 1, today) == working_days_between(day, today) + is_working_day(day)
    while counted <= duration:
        counted += is_working_day(day)
        day -= datetime.timedelta(days=1)
    return day + datetime.timedelta(days=1)


@dataclass(frozen=True)
class StepClock:
    """Elapsed and remaining working days of a step with a statutory duration."""

    status: str
    started_on: datetime.date
    duration: int
    deadline: datetime.date
    elapsed: int
    remaining: int
    # The legal text setting this step's time limit; empty: the duration is the park's own service
    # commitment (no procedure's legal time limit is cited for it yet), and the clock says so.
    legal_basis: str = ""

    @property
    def overdue(self):
        return self.remaining < 0

    @property
    def days_overdue(self):
        return max(0, -self.remaining)


def local_date(moment):
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


def step_clock(status, started_at, today=None):
    """The clock of a step in `status` started at `started_at`; None for steps without a duration."""
    duration = step_durations().get(status)
    if duration is None or started_at is None:
        return None
    started_on = local_date(started_at)
    today = today or timezone.localdate()
    elapsed = working_days_between(started_on, today)
    return StepClock(
        status=status,
        started_on=started_on,
        duration=duration,
        deadline=add_working_days(started_on, duration),
        elapsed=elapsed,
        remaining=duration - elapsed,
    )


def overdue_cutoffs(today=None):
    """{status: date}: a step in `status` started before that date is overdue today."""
    today = today or timezone.localdate()
    return {status: overdue_before(today, days) for status, days in step_durations().items()}
