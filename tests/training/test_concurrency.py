"""Seats are never oversold: concurrent registrations against PostgreSQL, each in its own connection."""

from concurrent.futures import ThreadPoolExecutor

from django.db import connection

import pytest

from tests.factories.training import CohortFactory, TraineeFactory
from training.services import RegistrationAnswers, TrainingError, register_trainee

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ANSWERS = RegistrationAnswers(education="Cử nhân", current_job="Sinh viên", motivation="Học để làm việc.")


def _attempt(cohort_id, trainee):
    try:
        return register_trainee(cohort_id, trainee, ANSWERS).status
    except TrainingError as error:
        return f"refused: {error}"
    finally:
        connection.close()


def _run(cohort, trainees, workers=20):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda trainee: _attempt(cohort.pk, trainee), trainees))


def test_200_concurrent_attempts_for_30_seats_confirm_exactly_30_and_waitlist_170(programme):
    cohort = CohortFactory.for_programme(programme[0], seats=30, waitlist_limit=500)
    trainees = TraineeFactory.create_batch(200)
    results = _run(cohort, trainees)
    assert results.count("confirmed") == 30
    assert results.count("waitlisted") == 170
    assert cohort.registrations.filter(status="confirmed").count() == 30
    assert cohort.registrations.values("trainee").distinct().count() == 200


def test_the_same_trainee_registering_ten_times_at_once_gets_one_registration(programme):
    cohort = CohortFactory.for_programme(programme[0], seats=30)
    trainee = TraineeFactory()
    results = _run(cohort, [trainee] * 10, workers=10)
    assert results.count("confirmed") == 1
    assert all(result.startswith("refused") for result in results if result != "confirmed")
    assert cohort.registrations.count() == 1


def test_concurrent_cancellations_promote_each_waiting_trainee_once(programme):
    from training.services import cancel_registration

    cohort = CohortFactory.for_programme(programme[0], seats=5, waitlist_limit=50)
    registrations = [register_trainee(cohort.pk, trainee, ANSWERS) for trainee in TraineeFactory.create_batch(15)]
    seated = registrations[:5]

    def cancel(registration):
        try:
            cancel_registration(registration.pk, registration.trainee)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=5) as pool:
        list(pool.map(cancel, seated))
    confirmed = list(
        cohort.registrations.filter(status="confirmed").order_by("created_at").values_list("pk", flat=True)
    )
    assert confirmed == [registration.pk for registration in registrations[5:10]]
