"""Registering: confirmed while seats remain, then waitlisted; windows, prerequisites and duplicates refused."""

import datetime

from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import override

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory
from tests.factories.training import programme as make_programme
from training.services import TrainingError, register_trainee


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], seats=2, waitlist_limit=1)


def test_trainees_are_confirmed_while_seats_remain_then_waitlisted(cohort, answers):
    statuses = [register_trainee(cohort.pk, TraineeFactory(), answers).status for _index in range(3)]
    assert statuses == ["confirmed", "confirmed", "waitlisted"]


def test_registration_is_refused_when_seats_and_waitlist_are_full(cohort, answers):
    for _index in range(3):
        register_trainee(cohort.pk, TraineeFactory(), answers)
    with override("en"), pytest.raises(TrainingError, match="full"):
        register_trainee(cohort.pk, TraineeFactory(), answers)


def test_the_same_trainee_cannot_register_twice_in_one_cohort(cohort, answers):
    trainee = TraineeFactory()
    register_trainee(cohort.pk, trainee, answers)
    with override("en"), pytest.raises(TrainingError, match="already registered"):
        register_trainee(cohort.pk, trainee, answers)
    assert cohort.registrations.count() == 1


def test_the_database_refuses_two_active_registrations_of_one_trainee(cohort):
    registration = RegistrationFactory(cohort=cohort)
    with pytest.raises(IntegrityError):
        RegistrationFactory(cohort=cohort, trainee=registration.trainee, status="waitlisted")


def test_a_cancelled_trainee_may_register_again(cohort, answers):
    registration = RegistrationFactory(cohort=cohort, status="cancelled")
    again = register_trainee(cohort.pk, registration.trainee, answers)
    assert again.status == "confirmed"


def test_registration_before_the_window_opens_says_when_it_opens(cohort, answers):
    cohort.registration_opens_at = timezone.now() + datetime.timedelta(days=2)
    cohort.save()
    with override("en"), pytest.raises(TrainingError, match="opens on"):
        register_trainee(cohort.pk, TraineeFactory(), answers)


def test_registration_after_the_window_closes_is_refused_in_vietnamese_too(cohort, answers):
    cohort.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    cohort.save()
    with override("vi"), pytest.raises(TrainingError) as refused:
        register_trainee(cohort.pk, TraineeFactory(), answers)
    assert "đã đóng" in str(refused.value)


def test_a_programme_with_a_required_programme_needs_its_completion_first(site_tree, answers):
    basics_vi, basics_en = make_programme(site_tree, title_en="Basics", title_vi="Cơ bản")
    advanced_vi, _advanced_en = make_programme(site_tree, title_en="Advanced", title_vi="Nâng cao")
    advanced_vi.required_programmes.set([basics_vi])
    advanced_vi.save_revision().publish()
    advanced = CohortFactory.for_programme(advanced_vi)
    trainee = TraineeFactory()
    with override("en"), pytest.raises(TrainingError, match="Basics"):
        register_trainee(advanced.pk, trainee, answers)
    RegistrationFactory(cohort=CohortFactory.for_programme(basics_en), trainee=trainee, status="completed")
    assert register_trainee(advanced.pk, trainee, answers).status == "confirmed"
