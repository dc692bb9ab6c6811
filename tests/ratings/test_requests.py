"""People are asked once, by e-mail and on their account page, after a decision and after a course."""

from django.core import mail

import pytest

from core.models import OutgoingEmail
from ratings.models import Rating, Service
from ratings.services import ask_for_rating
from tests.factories.accounts import UserFactory

from .conftest import assessed_cohort, decided_application, link_in, rating_mails, sent_after_commit

pytestmark = pytest.mark.django_db


def test_a_decision_asks_the_applicant_once_by_email_with_a_link_in_their_language():
    application = decided_application(language="vi")
    messages = rating_mails(application.applicant.email)
    assert len(messages) == 1
    assert "Đánh giá" in messages[0].subject and application.reference in messages[0].subject
    assert link_in(messages[0]).startswith("/vi/")
    rating = Rating.objects.get(person=application.applicant)
    assert rating.service == Service.APPLICATION and rating.subject_label == application.reference
    assert rating.score is None

    mail.outbox.clear()
    with sent_after_commit():
        again = ask_for_rating(application.applicant, Service.APPLICATION, application, application.reference)
    assert again.pk == rating.pk
    assert rating_mails(application.applicant.email) == []
    assert OutgoingEmail.objects.filter(kind="ratings.request").count() == 1


def test_a_rejection_asks_too():
    application = decided_application(decision="reject")
    assert len(rating_mails(application.applicant.email)) == 1


def test_an_application_still_in_review_asks_nothing():
    from tests.factories.applications import ApplicationFactory, move

    with sent_after_commit():
        application = move(ApplicationFactory(), "submit", "start_screening")
    assert not Rating.objects.exists()
    assert rating_mails(application.applicant.email) == []


def test_a_completed_course_asks_every_trainee_who_attended_and_nobody_else():
    cohort, present, missing = assessed_cohort(attended=2, absent=1)
    for registration in present:
        assert len(rating_mails(registration.trainee.email)) == 1
    assert rating_mails(missing[0].trainee.email) == []
    assert set(Rating.objects.values_list("service", "subject_label")) == {(Service.TRAINING, cohort.code)}

    mail.outbox.clear()
    from training import services

    with sent_after_commit():
        services.complete_cohort(cohort.pk)  # assessed again after a correction: nobody is asked twice
    assert Rating.objects.count() == 2
    assert all(rating_mails(registration.trainee.email) == [] for registration in present)


def test_the_account_page_lists_the_pending_rating_until_it_is_answered(client):
    application = decided_application()
    client.force_login(application.applicant)
    page = client.get("/en/account/").content.decode()
    assert "How did we do?" in page and application.reference in page
    client.post(link_in(rating_mails(application.applicant.email)[0]), {"score": "4"})
    page = client.get("/en/account/").content.decode()
    assert "How did we do?" not in page


def test_the_account_page_of_someone_never_asked_shows_no_notice(client):
    client.force_login(UserFactory())
    assert "How did we do?" not in client.get("/en/account/").content.decode()
