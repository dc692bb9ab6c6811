"""What a trainee reads when a step is refused, and what the operator's log records of each change of
registrations, sessions and certificates (who, which, how many); added from surviving mutants of
training.services (docs/testing.md, "Mutation testing")."""

import datetime
import logging

from django.db import connection
from django.utils import timezone
from django.utils.translation import override

import pytest

from tests.factories.accounts import StaffFactory
from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, TraineeFactory
from training import services
from training.services import TrainingError

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], seats=1, waitlist_limit=1)


class ServiceLog:
    """The lines training.services logged during a test."""

    def __init__(self, caplog):
        self.caplog = caplog

    @property
    def messages(self):
        return [record.getMessage() for record in self.caplog.records if record.name == "training.services"]

    def clear(self):
        self.caplog.clear()


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.INFO, logger="training.services")
    return ServiceLog(caplog)


def refusal(function, *args):
    with override("en"), pytest.raises(TrainingError) as refused:
        function(*args)
    return str(refused.value)


def test_each_refused_registration_says_exactly_why(cohort, answers):
    seated, waiting = TraineeFactory(), TraineeFactory()
    services.register_trainee(cohort.pk, seated, answers)
    services.register_trainee(cohort.pk, waiting, answers)

    assert refusal(services.register_trainee, cohort.pk, TraineeFactory(), answers) == (
        f"{cohort.code} is full and its waitlist is closed."
    )
    # Already registered comes first, even in a full cohort: the trainee is not told to wait for a seat.
    assert refusal(services.register_trainee, cohort.pk, seated, answers) == (
        f"You are already registered for {cohort.code}."
    )
    registration = services.cancel_registration(cohort.registrations.get(trainee=seated).pk, seated)
    assert refusal(services.cancel_registration, registration.pk, seated) == (
        "This registration can no longer be cancelled."
    )


def test_a_second_request_of_the_same_trainee_at_the_same_moment_is_told_they_are_registered(cohort, answers):
    """The other request's row lands between the duplicate check and the insert (as two clicks at once would):
    the database's unique constraint refuses the second row, and the trainee reads the same sentence."""
    trainee = TraineeFactory()
    raced = []

    def other_request_registers_first(execute, sql, params, many, context):
        if not raced and sql.lstrip().upper().startswith("INSERT") and "training_registration" in sql:
            raced.append(True)  # first, so the other request's own insert passes straight through
            RegistrationFactory(cohort=cohort, trainee=trainee)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(other_request_registers_first):
        message = refusal(services.register_trainee, cohort.pk, trainee, answers)

    assert raced and message == f"You are already registered for {cohort.code}."


def test_a_registration_window_not_yet_open_or_closed_is_explained(cohort, answers):
    opens = timezone.now() + datetime.timedelta(days=2)
    cohort.registration_opens_at = opens
    cohort.save()
    assert refusal(services.register_trainee, cohort.pk, TraineeFactory(), answers) == (
        f"Registration for {cohort.code} opens on {timezone.localtime(opens):%d/%m/%Y %H:%M}."
    )
    cohort.registration_opens_at = timezone.now() - datetime.timedelta(days=2)
    cohort.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    cohort.save()
    assert refusal(services.register_trainee, cohort.pk, TraineeFactory(), answers) == (
        f"Registration for {cohort.code} has closed."
    )


def test_a_cohort_without_sessions_is_refused_assessment_by_its_code(cohort):
    RegistrationFactory(cohort=cohort)
    assert refusal(services.complete_cohort, cohort.pk) == f"{cohort.code} has no sessions yet."


def test_registering_cancelling_and_promoting_are_logged_with_who_and_which(cohort, answers, log):
    seated, waiting = TraineeFactory(), TraineeFactory()
    first = services.register_trainee(cohort.pk, seated, answers)
    second = services.register_trainee(cohort.pk, waiting, answers)
    coordinator = StaffFactory()
    services.cancel_registration(first.pk, coordinator, reason="Illness")

    assert log.messages == [
        f"Registration {first.pk} of {seated.pk} in {cohort.code}: confirmed",
        f"Registration {second.pk} of {waiting.pk} in {cohort.code}: waitlisted",
        f"Registration {first.pk} cancelled by user {coordinator.pk}",
        f"Registration {second.pk} promoted from the waitlist of {cohort.code}",
    ]


def test_assessing_issuing_and_removing_a_session_are_logged_with_who_and_how_many(cohort, log):
    coordinator = StaffFactory()
    registration = RegistrationFactory(cohort=cohort)
    attended, spare = SessionFactory(cohort=cohort), SessionFactory(cohort=cohort)
    services.delete_session(spare.pk, coordinator)
    services.record_attendance(attended, [registration.pk], coordinator)
    log.clear()

    assert services.complete_cohort(cohort.pk, coordinator) == {"completed": 1, "no_show": 0}
    services.issue_certificates(cohort.pk, coordinator)

    assessed, issued = log.messages
    assert assessed.startswith(f"Cohort {cohort.code} assessed by user {coordinator.pk}: ")
    assert issued == f"1 certificates issued for {cohort.code}"


def test_removing_a_session_is_logged_with_who(cohort, log):
    coordinator = StaffFactory()
    session = SessionFactory(cohort=cohort)
    services.delete_session(session.pk, coordinator)
    assert log.messages == [f"Session {session.pk} of {cohort.code} removed by user {coordinator.pk}"]
