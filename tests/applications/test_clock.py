"""The service clock counts weekdays minus Vietnamese public holidays, including Tết and 2 September."""

import datetime

from investors.applications.clock import (
    add_working_days,
    is_working_day,
    overdue_before,
    overdue_cutoffs,
    step_clock,
    step_durations,
    working_days_between,
)

D = datetime.date


def test_tet_2026_days_are_not_working_days():
    for day in range(16, 21):  # 16–20 February 2026: Lunar New Year's Eve to the fourth day
        assert not is_working_day(D(2026, 2, day))
    assert is_working_day(D(2026, 2, 23))


def test_a_week_spanning_tet_counts_only_the_days_around_it():
    # Friday 13 Feb 2026 → Monday 23 Feb: Tết takes the whole week of the 16th.
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 23)) == 1


def test_five_working_days_from_before_tet_end_after_it():
    assert add_working_days(D(2026, 2, 12), 5) == D(2026, 2, 26)


def test_national_day_holidays_are_skipped():
    # 31 Aug (substitute day), 1 and 2 September 2026 are holidays.
    assert working_days_between(D(2026, 8, 28), D(2026, 9, 4)) == 2
    assert add_working_days(D(2026, 8, 28), 1) == D(2026, 9, 3)


def test_weekends_are_not_counted():
    assert working_days_between(D(2026, 3, 6), D(2026, 3, 9)) == 1  # Friday → Monday


def test_clock_shows_elapsed_remaining_and_overdue():
    started = datetime.datetime(2026, 2, 12, 9, 0)
    clock = step_clock("screening", started, today=D(2026, 2, 26))  # five working days allowed
    assert (clock.elapsed, clock.remaining, clock.overdue) == (5, 0, False)
    assert clock.deadline == D(2026, 2, 26)
    late = step_clock("screening", started, today=D(2026, 2, 27))
    assert late.overdue and late.days_overdue == 1


def test_steps_without_a_statutory_duration_have_no_clock():
    assert step_clock("approved", datetime.datetime(2026, 1, 5, 9, 0)) is None
    assert step_clock("draft", datetime.datetime(2026, 1, 5, 9, 0)) is None


def test_overdue_cutoff_agrees_with_the_clock_on_every_day_around_tet():
    today = D(2026, 2, 27)
    cutoff = overdue_before(today, 5)
    for offset in range(30):
        started = today - datetime.timedelta(days=offset)
        expected = working_days_between(started, today) > 5
        assert (started < cutoff) == expected, started


def test_durations_can_be_configured_in_settings(settings):
    settings.APPLICATION_STEP_DURATIONS = {"screening": 1}
    clock = step_clock("screening", datetime.datetime(2026, 3, 2, 9, 0), today=D(2026, 3, 4))
    assert clock.duration == 1 and clock.overdue


def test_a_file_received_late_in_the_evening_in_da_lat_counts_from_that_local_day():
    # 16:30 UTC on Friday 6 March 2026 is 23:30 in Đà Lạt (UTC+7); 17:30 UTC is already Saturday there.
    friday_evening = datetime.datetime(2026, 3, 6, 16, 30, tzinfo=datetime.UTC)
    saturday_night = datetime.datetime(2026, 3, 6, 17, 30, tzinfo=datetime.UTC)
    clock = step_clock("screening", friday_evening, today=D(2026, 3, 9))
    assert (clock.status, clock.started_on, clock.elapsed) == ("screening", D(2026, 3, 6), 1)
    assert step_clock("screening", saturday_night, today=D(2026, 3, 9)).started_on == D(2026, 3, 7)


def test_the_overdue_filter_uses_each_step_s_own_statutory_duration(settings):
    settings.APPLICATION_STEP_DURATIONS = {"appraisal": 3}
    today = D(2026, 3, 13)  # a Friday
    cutoffs = overdue_cutoffs(today)
    assert set(cutoffs) == {"submitted", "screening", "info_requested", "resubmitted", "appraisal"}
    for status, cutoff in cutoffs.items():
        duration = step_durations()[status]
        assert cutoff == overdue_before(today, duration), status
        started_the_day_before = cutoff - datetime.timedelta(days=1)
        assert step_clock(status, datetime.datetime.combine(started_the_day_before, datetime.time(9)), today).overdue
        on_time = step_clock(status, datetime.datetime.combine(cutoff, datetime.time(9)), today)
        assert not on_time.overdue, status
    # 3 working days allowed: started on Monday 9 March, 4 have passed by Friday (overdue); Tuesday is on time.
    assert cutoffs["appraisal"] == D(2026, 3, 10)
