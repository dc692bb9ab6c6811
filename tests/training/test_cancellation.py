"""Cancelling frees a seat that goes, in the same transaction, to the oldest waitlisted trainee."""

from django.core import mail

import pytest

from tests.factories.training import CohortFactory, TraineeFactory
from training.services import TrainingError, cancel_registration, promote_from_waitlist, register_trainee


@pytest.fixture
def full_cohort(programme, answers, django_capture_on_commit_callbacks):
    cohort = CohortFactory.for_programme(programme[0], seats=1)
    with django_capture_on_commit_callbacks(execute=True):
        registrations = [
            register_trainee(cohort.pk, TraineeFactory(preferred_language="en"), answers) for _i in range(3)
        ]
    mail.outbox.clear()
    return cohort, registrations


def test_cancellation_promotes_the_oldest_waitlisted_trainee_and_e_mails_them(
    full_cohort, django_capture_on_commit_callbacks
):
    cohort, (seated, first_waiting, second_waiting) = full_cohort
    with django_capture_on_commit_callbacks(execute=True):
        cancel_registration(seated.pk, seated.trainee)
    for registration in (seated, first_waiting, second_waiting):
        registration.refresh_from_db()
    assert (seated.status, first_waiting.status, second_waiting.status) == ("cancelled", "confirmed", "waitlisted")
    assert first_waiting.promoted_at is not None
    assert [message.to for message in mail.outbox] == [[first_waiting.trainee.email]]
    assert "now confirmed" in mail.outbox[0].subject
    assert second_waiting.waitlist_position() == 1


def test_cancelling_a_waitlisted_registration_promotes_nobody(full_cohort):
    cohort, (seated, first_waiting, second_waiting) = full_cohort
    cancel_registration(first_waiting.pk, first_waiting.trainee)
    second_waiting.refresh_from_db()
    assert second_waiting.status == "waitlisted"
    assert second_waiting.waitlist_position() == 1


def test_a_cancelled_registration_cannot_be_cancelled_again(full_cohort):
    _cohort, (seated, *_waiting) = full_cohort
    cancel_registration(seated.pk, seated.trainee)
    with pytest.raises(TrainingError):
        cancel_registration(seated.pk, seated.trainee)


def test_adding_seats_and_promoting_fills_them_in_waitlist_order(full_cohort):
    cohort, (_seated, first_waiting, second_waiting) = full_cohort
    cohort.seats = 3
    cohort.save()
    promoted = promote_from_waitlist(cohort.pk)
    assert [registration.pk for registration in promoted] == [first_waiting.pk, second_waiting.pk]
