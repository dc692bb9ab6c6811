"""Attendance is a record staff cannot lose: removing a session never deletes it, and the sessions of an
assessed cohort (completion rule applied, certificates issued) are locked in the admin and the services."""

from django.db.models import ProtectedError
from django.utils import timezone

import pytest

from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, programme
from training import services
from training.models import Attendance, Certificate, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return StaffFactory(groups=["Training coordinator"])


@pytest.fixture
def cohort(site_tree):
    page_vi, _page_en = programme(site_tree)
    return CohortFactory.for_programme(page_vi, code="SEC-ATT", seats=10)


def _local(value):
    return f"{timezone.localtime(value):%Y-%m-%d %H:%M}"


def edit_form_data(cohort, *, delete=(), topics=None, extra=None):
    """What the cohort edit form posts: the cohort's fields and its sessions, some marked for removal."""
    sessions = list(cohort.sessions.order_by("pk"))
    data = {
        "programme": cohort.programme_page().pk,
        "code": cohort.code,
        "mode": cohort.mode,
        "starts_on": cohort.starts_on.isoformat(),
        "ends_on": cohort.ends_on.isoformat(),
        "place_vi": cohort.place_vi,
        "place_en": cohort.place_en,
        "seats": cohort.seats,
        "waitlist_limit": cohort.waitlist_limit,
        "fee_vnd": cohort.fee_vnd,
        "registration_opens_at": _local(cohort.registration_opens_at),
        "registration_closes_at": _local(cohort.registration_closes_at),
        "min_attendance_percent": cohort.min_attendance_percent,
        "notes_vi": "",
        "notes_en": "",
        "sessions-TOTAL_FORMS": len(sessions) + (1 if extra else 0),
        "sessions-INITIAL_FORMS": len(sessions),
        "sessions-MIN_NUM_FORMS": 0,
        "sessions-MAX_NUM_FORMS": 1000,
    }
    rows = [*sessions, *([extra] if extra else [])]
    for index, session in enumerate(rows):
        prefix = f"sessions-{index}-"
        data.update(
            {
                f"{prefix}id": session.pk or "",
                f"{prefix}starts_at": _local(session.starts_at),
                f"{prefix}duration_minutes": session.duration_minutes,
                f"{prefix}topic_vi": (topics or {}).get(session.pk, session.topic_vi),
                f"{prefix}topic_en": session.topic_en,
                f"{prefix}DELETE": "on" if session in delete else "",
            }
        )
    return data


def attend(cohort, sessions, coordinator):
    """Two trainees attend every session."""
    registrations = RegistrationFactory.create_batch(2, cohort=cohort)
    for session in sessions:
        services.record_attendance(session, [registration.pk for registration in registrations], coordinator)
    return registrations


def assessed_cohort(cohort, coordinator):
    sessions = SessionFactory.create_batch(3, cohort=cohort)
    attend(cohort, sessions, coordinator)
    services.complete_cohort(cohort.pk, coordinator)
    services.issue_certificates(cohort.pk, coordinator)
    return sessions


def test_removing_a_session_of_a_completed_cohort_keeps_its_attendance_and_says_why(client, coordinator, cohort):
    sessions = assessed_cohort(cohort, coordinator)
    records = Attendance.objects.filter(session__cohort=cohort).count()
    sign_in_staff(client, coordinator)

    response = client.post(f"/admin/training/cohorts/edit/{cohort.pk}/", edit_form_data(cohort, delete=[sessions[0]]))

    assert response.status_code == 200
    assert "SEC-ATT" in response.content.decode()
    assert "đã được đánh giá" in response.content.decode()
    assert Session.objects.filter(pk=sessions[0].pk).exists()
    assert Attendance.objects.filter(session__cohort=cohort).count() == records == 6
    assert Certificate.objects.filter(registration__cohort=cohort).count() == 2


def test_sessions_of_an_assessed_cohort_cannot_be_edited_or_added(client, coordinator, cohort):
    sessions = assessed_cohort(cohort, coordinator)
    sign_in_staff(client, coordinator)
    url = f"/admin/training/cohorts/edit/{cohort.pk}/"

    client.post(url, edit_form_data(cohort, topics={sessions[1].pk: "Đổi chủ đề"}))
    sessions[1].refresh_from_db()
    assert sessions[1].topic_vi != "Đổi chủ đề"

    extra = Session(starts_at=timezone.now(), duration_minutes=60, topic_vi="Buổi thêm", topic_en="Extra")
    response = client.post(url, edit_form_data(cohort, extra=extra))
    assert response.status_code == 200
    assert "đã được đánh giá" in response.content.decode()
    assert cohort.sessions.count() == 3


def test_a_session_with_attendance_cannot_be_removed_even_before_assessment(client, coordinator, cohort):
    recorded, planned = SessionFactory.create_batch(2, cohort=cohort)
    attend(cohort, [recorded], coordinator)
    sign_in_staff(client, coordinator)
    url = f"/admin/training/cohorts/edit/{cohort.pk}/"

    response = client.post(url, edit_form_data(cohort, delete=[recorded]))
    assert response.status_code == 200
    assert "có dữ liệu điểm danh" in response.content.decode()  # "has attendance records"
    assert Attendance.objects.filter(session=recorded).count() == 2

    response = client.post(url, edit_form_data(cohort, delete=[planned]))  # no attendance: may go
    assert response.status_code == 302
    assert list(cohort.sessions.all()) == [recorded]


def test_the_services_refuse_to_remove_sessions_staff_cannot_lose(coordinator, cohort):
    recorded, planned = SessionFactory.create_batch(2, cohort=cohort)
    attend(cohort, [recorded], coordinator)

    with pytest.raises(services.TrainingError):
        services.delete_session(recorded.pk, coordinator)
    with pytest.raises(ProtectedError):
        recorded.delete()  # whatever the code path, the attendance records stay
    assert Attendance.objects.filter(session=recorded).count() == 2

    services.complete_cohort(cohort.pk, coordinator)
    with pytest.raises(services.TrainingError, match="SEC-ATT"):
        services.delete_session(planned.pk, coordinator)
    with pytest.raises(ProtectedError):
        Session.objects.filter(pk=planned.pk).delete()
    assert cohort.sessions.count() == 2


def test_deleting_a_registration_never_takes_its_attendance_along(coordinator, cohort):
    session = SessionFactory(cohort=cohort)
    registration, _other = attend(cohort, [session], coordinator)

    with pytest.raises(ProtectedError):
        registration.delete()
    assert Attendance.objects.filter(registration=registration).exists()
