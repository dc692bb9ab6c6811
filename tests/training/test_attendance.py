"""Attendance per session for the whole roster, and completion computed by the cohort's rule."""

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory
from training.services import TrainingError, complete_cohort, record_attendance


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], seats=5, min_attendance_percent=80)


def test_marking_a_session_records_everyone_present_or_absent(cohort):
    session = SessionFactory(cohort=cohort)
    here, away = RegistrationFactory(cohort=cohort), RegistrationFactory(cohort=cohort)
    RegistrationFactory(cohort=cohort, status="waitlisted")
    assert record_attendance(session, [here.pk], None) == 2
    assert dict(session.attendances.values_list("registration_id", "present")) == {here.pk: True, away.pk: False}
    record_attendance(session, [away.pk], None)
    assert dict(session.attendances.values_list("registration_id", "present")) == {here.pk: False, away.pk: True}


def test_completion_follows_the_minimum_attendance_share(cohort):
    sessions = SessionFactory.create_batch(5, cohort=cohort)
    four_of_five, three_of_five = RegistrationFactory(cohort=cohort), RegistrationFactory(cohort=cohort)
    for index, session in enumerate(sessions):
        present = [four_of_five.pk] if index < 4 else []
        if index < 3:
            present.append(three_of_five.pk)
        record_attendance(session, present, None)
    assert complete_cohort(cohort.pk) == {"completed": 1, "no_show": 1}
    four_of_five.refresh_from_db()
    three_of_five.refresh_from_db()
    assert (four_of_five.status, three_of_five.status) == ("completed", "no_show")
    assert (four_of_five.attendance_share, three_of_five.attendance_share) == (80, 60)


def test_a_cohort_without_sessions_cannot_be_assessed(cohort):
    RegistrationFactory(cohort=cohort)
    with pytest.raises(TrainingError):
        complete_cohort(cohort.pk)
