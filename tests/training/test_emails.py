"""E-mails: sent after commit in the trainee's language; a failure never undoes the registration."""

from unittest import mock

from django.core import mail

import pytest

from core.models import OutgoingEmail
from core.outbox import resend
from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory
from training.services import queue_reminders, register_trainee


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], seats=1)


def test_confirmation_is_sent_in_english_to_an_english_speaking_trainee(
    cohort, answers, django_capture_on_commit_callbacks
):
    trainee = TraineeFactory(preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        register_trainee(cohort.pk, trainee, answers)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [trainee.email]
    assert "is confirmed" in mail.outbox[0].subject
    assert "Software engineering" in mail.outbox[0].body


def test_waitlist_e_mail_is_in_vietnamese_and_gives_the_position(cohort, answers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        register_trainee(cohort.pk, TraineeFactory(), answers)
        register_trainee(cohort.pk, TraineeFactory(preferred_language="vi"), answers)
    assert "danh sách chờ" in mail.outbox[1].subject
    assert "Kỹ thuật phần mềm" in mail.outbox[1].body


def test_no_e_mail_leaves_before_the_transaction_commits(cohort, answers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        register_trainee(cohort.pk, TraineeFactory(), answers)
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_a_failed_e_mail_keeps_the_registration_and_can_be_resent(cohort, answers, django_capture_on_commit_callbacks):
    failing_mail = mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("SMTP down"))
    with failing_mail, django_capture_on_commit_callbacks(execute=True):
        registration = register_trainee(cohort.pk, TraineeFactory(), answers)
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    notice = OutgoingEmail.objects.get(about_type="training.registration", about_id=registration.pk)
    assert (notice.status, notice.attempts, notice.last_error) == ("failed", 1, "SMTP down")
    assert resend() == (1, 0)
    assert len(mail.outbox) == 1
    notice.refresh_from_db()
    assert notice.status == "sent"


def test_reminders_go_once_to_confirmed_trainees_of_cohorts_starting_soon(
    programme, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone

    soon = CohortFactory.for_programme(programme[0], starts_on=timezone.localdate() + datetime.timedelta(days=2))
    later = CohortFactory.for_programme(programme[0])
    confirmed = RegistrationFactory(cohort=soon)
    RegistrationFactory(cohort=soon, status="waitlisted")
    RegistrationFactory(cohort=later)
    with django_capture_on_commit_callbacks(execute=True):
        assert queue_reminders(days_before=3) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert queue_reminders(days_before=3) == 0
    assert [message.to for message in mail.outbox] == [[confirmed.trainee.email]]
    assert "Nhắc lịch" in mail.outbox[0].subject
