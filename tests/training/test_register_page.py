"""The registration page tells someone already holding a place before the form, and warns of clashing sessions."""

import datetime

from django.utils import timezone

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, TraineeFactory
from training.services import session_clashes

FORM = 'class="panel training-form"'
START = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=40)


@pytest.fixture
def cohorts(programme):
    page = programme[1]  # the English page
    return page, CohortFactory.for_programme(page, code="WEB-21"), CohortFactory.for_programme(page, code="DATA-21")


def register_page(client, page, cohort, trainee):
    client.force_login(trainee)
    return client.get(f"{page.url}register/{cohort.code}/").content.decode()


def test_someone_already_registered_sees_it_instead_of_the_form(client, cohorts):
    page, cohort, _other = cohorts
    trainee = TraineeFactory()
    RegistrationFactory(cohort=cohort, trainee=trainee, status="confirmed")
    html = register_page(client, page, cohort, trainee)
    assert "You are already registered for WEB-21." in html
    assert FORM not in html


def test_someone_on_the_waitlist_sees_their_place_in_it_instead_of_the_form(client, cohorts):
    page, cohort, _other = cohorts
    RegistrationFactory(cohort=cohort, status="waitlisted")
    trainee = TraineeFactory()
    RegistrationFactory(cohort=cohort, trainee=trainee, status="waitlisted")
    html = register_page(client, page, cohort, trainee)
    assert "You are on the waitlist of WEB-21 (number 2)." in html
    assert FORM not in html


def test_a_new_trainee_gets_the_form_without_warnings(client, cohorts):
    page, cohort, _other = cohorts
    html = register_page(client, page, cohort, TraineeFactory())
    assert FORM in html
    assert "overlap" not in html


def test_sessions_overlapping_a_course_already_followed_are_warned_before_the_form(client, cohorts):
    page, followed, wanted = cohorts
    trainee = TraineeFactory()
    RegistrationFactory(cohort=followed, trainee=trainee)
    SessionFactory(cohort=followed, starts_at=START, duration_minutes=180)
    SessionFactory(cohort=wanted, starts_at=START + datetime.timedelta(hours=2), duration_minutes=120)
    html = register_page(client, page, wanted, trainee)
    assert "overlap with a course you already follow" in html
    assert "overlaps with WEB-21" in html
    assert FORM in html  # still allowed


def test_back_to_back_sessions_and_cancelled_courses_do_not_clash(cohorts):
    _page, followed, wanted = cohorts
    trainee = TraineeFactory()
    RegistrationFactory(cohort=followed, trainee=trainee)
    SessionFactory(cohort=followed, starts_at=START, duration_minutes=180)
    SessionFactory(cohort=wanted, starts_at=START + datetime.timedelta(hours=3), duration_minutes=120)
    assert session_clashes(wanted, trainee) == []
    cancelled = CohortFactory.for_programme(_page, code="IOT-21")
    RegistrationFactory(cohort=cancelled, trainee=trainee, status="cancelled")
    SessionFactory(cohort=cancelled, starts_at=START + datetime.timedelta(hours=3), duration_minutes=60)
    assert session_clashes(wanted, trainee) == []
