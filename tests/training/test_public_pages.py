"""Journeys on the public site in both languages: programme page, registration, dashboard, cancellation."""

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], seats=1, code="WEB-01")


FORM = {"education": "Cử nhân CNTT", "current_job": "Sinh viên", "motivation": "Tôi muốn trở thành lập trình viên web."}


@pytest.mark.parametrize(("language", "expected"), [("en", "1 seat left"), ("vi", "Còn 1 chỗ")])
def test_both_language_versions_of_a_programme_show_its_cohort(client, programme, cohort, language, expected):
    page = programme[0] if language == "vi" else programme[1]
    response = client.get(page.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "WEB-01" in content
    assert expected in content


def test_a_visitor_is_sent_to_sign_in_and_offered_a_short_sign_up(client, programme, cohort):
    response = client.get(programme[1].url)
    assert f"/en/account/signup/?next={programme[1].url}" in response.content.decode().replace("%2F", "/")
    register_url = f"{programme[1].url}register/WEB-01/"
    response = client.get(register_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/?next=")


def test_an_english_trainee_registers_and_sees_the_seat_on_the_dashboard(client, programme, cohort):
    trainee = TraineeFactory(preferred_language="en")
    client.force_login(trainee)
    response = client.post(f"{programme[1].url}register/WEB-01/", FORM, follow=True)
    content = response.content.decode()
    assert "Your seat in WEB-01 is confirmed" in content
    assert "My course registrations" in content
    assert cohort.registrations.get().trainee == trainee


def test_a_vietnamese_trainee_joins_the_waitlist_and_sees_the_position(client, programme, cohort):
    RegistrationFactory(cohort=cohort)
    client.force_login(TraineeFactory())
    page = client.get(programme[0].url).content.decode()
    assert "Vào danh sách chờ" in page
    response = client.post(f"{programme[0].url}register/WEB-01/", FORM, follow=True)
    content = response.content.decode()
    assert "bạn đứng thứ 1 trong danh sách chờ" in content
    assert "Thứ 1 trong danh sách chờ" in content


def test_a_too_short_motivation_is_refused_with_a_message_and_keeps_the_answers(client, programme, cohort):
    client.force_login(TraineeFactory())
    response = client.post(f"{programme[1].url}register/WEB-01/", {**FORM, "motivation": "Short"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "at least 30 characters" in content
    assert 'value="Cử nhân CNTT"' in content
    assert not cohort.registrations.exists()


def test_a_refused_registration_explains_why_on_the_form(client, programme, cohort):
    trainee = TraineeFactory()
    RegistrationFactory(cohort=cohort, trainee=trainee)
    client.force_login(trainee)
    response = client.post(f"{programme[1].url}register/WEB-01/", FORM)
    assert "You are already registered for WEB-01." in response.content.decode()


def test_an_unknown_cohort_code_is_not_found(client, programme, cohort):
    client.force_login(TraineeFactory())
    assert client.get(f"{programme[1].url}register/NOPE/").status_code == 404


def test_the_trainee_cancels_and_the_waiting_trainee_gets_the_seat(client, cohort):
    seated = RegistrationFactory(cohort=cohort)
    waiting = RegistrationFactory(cohort=cohort, status="waitlisted")
    client.force_login(seated.trainee)
    url = f"/en/registrations/{seated.pk}/cancel/"
    assert "Cancel your registration for WEB-01?" in client.get(url).content.decode()
    response = client.post(url, {"reason": "Trùng lịch"}, follow=True)
    assert "Your registration for WEB-01 is cancelled." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_another_trainee_cannot_see_or_cancel_someone_elses_registration(client, cohort):
    registration = RegistrationFactory(cohort=cohort)
    client.force_login(TraineeFactory())
    url = f"/en/registrations/{registration.pk}/cancel/"
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_an_anonymous_visitor_cannot_cancel_a_registration(client, cohort):
    registration = RegistrationFactory(cohort=cohort)
    response = client.post(f"/en/registrations/{registration.pk}/cancel/")
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_the_dashboard_shows_only_the_signed_in_trainees_registrations(client, cohort):
    mine = RegistrationFactory(cohort=cohort)
    RegistrationFactory(cohort=CohortFactory(programme_key=cohort.programme_key, code="OTHER-01"))
    client.force_login(mine.trainee)
    content = client.get("/en/account/").content.decode()
    assert "WEB-01" in content
    assert "OTHER-01" not in content


def test_the_training_index_lists_programmes_with_the_next_cohort(client, programme, cohort, site_tree):
    content = client.get("/en/training/").content.decode()
    assert "Software engineering" in content
    assert "Next cohort WEB-01" in content
    assert "Khóa tiếp theo WEB-01" in client.get("/vi/dao-tao/").content.decode()


def test_the_form_of_a_closed_cohort_explains_instead_of_asking(client, programme):
    import datetime

    from django.utils import timezone

    closed = CohortFactory.for_programme(
        programme[0], code="OLD-01", registration_closes_at=timezone.now() - datetime.timedelta(hours=1)
    )
    client.force_login(TraineeFactory())
    content = client.get(f"{programme[1].url}register/{closed.code}/").content.decode()
    assert "Registration for this cohort has closed." in content
    assert 'name="motivation"' not in content


def test_the_programme_page_lists_the_schedule_of_sessions_in_the_readers_language(client, programme, cohort):
    from tests.factories.training import SessionFactory

    SessionFactory(cohort=cohort, topic_vi="Khai giảng và làm quen", topic_en="Opening and introductions")
    assert "Opening and introductions" in client.get(programme[1].url).content.decode()
    assert "Khai giảng và làm quen" in client.get(programme[0].url).content.decode()
