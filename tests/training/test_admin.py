"""Staff in the Wagtail admin: roster with filters and export, attendance sheet, certificates, access control."""

import io

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from openpyxl import load_workbook

from tests.factories.accounts import sign_in_staff
from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, TraineeFactory
from training.models import Certificate


@pytest.fixture
def coordinator(db):
    user = TraineeFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Training coordinator"))
    return user


@pytest.fixture
def land_officer(db):
    user = TraineeFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Land officer"))
    return user


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], seats=300, code="SEC-09")


def _roster_queries(client, cohort):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/admin/training/registrations/?cohort={cohort.pk}")
    assert response.status_code == 200
    return len(queries)


def test_roster_query_count_is_the_same_for_10_and_200_registrations(client, coordinator, cohort):
    sign_in_staff(client, coordinator)
    RegistrationFactory.create_batch(10, cohort=cohort)
    client.get(f"/admin/training/registrations/?cohort={cohort.pk}")  # warm caches (content types, site)
    few = _roster_queries(client, cohort)
    RegistrationFactory.create_batch(190, cohort=cohort)
    assert _roster_queries(client, cohort) == few


def test_roster_filters_by_status_and_exports_a_spreadsheet(client, coordinator, cohort):
    confirmed = RegistrationFactory(cohort=cohort, trainee=TraineeFactory(full_name="Phạm Minh Khoa"))
    RegistrationFactory(cohort=cohort, status="waitlisted", trainee=TraineeFactory(full_name="Đỗ Thị Hoa"))
    sign_in_staff(client, coordinator)
    content = client.get(f"/admin/training/registrations/?cohort={cohort.pk}&status=waitlisted").content.decode()
    assert "Đỗ Thị Hoa" in content
    assert "Phạm Minh Khoa" not in content
    response = client.get(f"/admin/training/registrations/?cohort={cohort.pk}&export=xlsx")
    sheet = load_workbook(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    ).active
    rows = list(sheet.values)
    assert len(rows) == 3
    assert confirmed.trainee.email in [cell for row in rows for cell in row]


def test_the_attendance_sheet_marks_the_whole_roster_at_once(client, coordinator, cohort):
    session = SessionFactory(cohort=cohort)
    here, away = RegistrationFactory(cohort=cohort), RegistrationFactory(cohort=cohort)
    sign_in_staff(client, coordinator)
    url = f"/admin/training/cohorts/attendance/{session.pk}/"
    assert here.trainee.email in client.get(url).content.decode()
    client.post(url, {"present": [here.pk]})
    assert dict(session.attendances.values_list("registration_id", "present")) == {here.pk: True, away.pk: False}


def test_staff_assess_the_cohort_issue_certificates_and_revoke_one(client, coordinator, cohort):
    session = SessionFactory(cohort=cohort)
    registration = RegistrationFactory(cohort=cohort)
    sign_in_staff(client, coordinator)
    client.post(f"/admin/training/cohorts/attendance/{session.pk}/", {"present": [registration.pk]})
    client.post(f"/admin/training/cohorts/complete/{cohort.pk}/")
    client.post(f"/admin/training/cohorts/certificates/{cohort.pk}/")
    certificate = Certificate.objects.get(registration=registration)
    revoke_url = f"/admin/training/certificates/revoke/{certificate.pk}/"
    assert client.post(revoke_url, {"reason": ""}).status_code == 200  # form redisplayed with an error
    client.post(revoke_url, {"reason": "Sao chép bài"})
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revoked_by == coordinator


def test_staff_cancel_a_registration_and_the_waitlist_moves(client, coordinator, programme):
    cohort = CohortFactory.for_programme(programme[0], seats=1)
    seated = RegistrationFactory(cohort=cohort)
    waiting = RegistrationFactory(cohort=cohort, status="waitlisted")
    sign_in_staff(client, coordinator)
    client.post(f"/admin/training/registrations/cancel/{seated.pk}/", {"reason": "Không đủ điều kiện"})
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_staff_cannot_edit_registrations_directly(client, coordinator, cohort):
    registration = RegistrationFactory(cohort=cohort)
    sign_in_staff(client, coordinator)
    client.post(f"/admin/training/registrations/edit/{registration.pk}/", {"cancellation_reason": "x"})
    registration.refresh_from_db()
    assert registration.cancellation_reason == ""


@pytest.mark.parametrize(
    "url",
    [
        "/admin/training/registrations/",
        "/admin/training/cohorts/attendance/{session}/",
        "/admin/training/certificates/revoke/{certificate}/",
        "/admin/training/registrations/cancel/{registration}/",
    ],
)
def test_staff_outside_training_cannot_open_rosters_or_certificates(client, land_officer, cohort, url):
    session = SessionFactory(cohort=cohort)
    registration = RegistrationFactory(cohort=cohort, status="completed")
    certificate = Certificate.objects.create(
        registration=registration, code="ABCDEFGHJKMNPQ", holder_name="A", issued_at=cohort.registration_opens_at
    )
    sign_in_staff(client, land_officer)
    response = client.get(url.format(session=session.pk, certificate=certificate.pk, registration=registration.pk))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login" in response["Location"] or response["Location"] == "/admin/"


def test_a_coordinator_creates_a_cohort_for_a_programme(client, coordinator, programme):
    sign_in_staff(client, coordinator)
    data = {
        "programme": programme[0].pk,
        "code": "NEW-01",
        "mode": "online",
        "starts_on": "2030-01-10",
        "ends_on": "2030-03-10",
        "place_vi": "",
        "place_en": "",
        "seats": "20",
        "waitlist_limit": "5",
        "fee_vnd": "0",
        "registration_opens_at": "2029-12-01 08:00",
        "registration_closes_at": "2030-01-05 17:00",
        "min_attendance_percent": "80",
        "notes_vi": "",
        "notes_en": "",
        "sessions-TOTAL_FORMS": "1",
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "0",
        "sessions-MAX_NUM_FORMS": "1000",
        "sessions-0-starts_at": "2030-01-10 08:30",
        "sessions-0-duration_minutes": "180",
        "sessions-0-topic_vi": "Khai giảng",
        "sessions-0-topic_en": "Opening",
        "sessions-0-ORDER": "1",
        "sessions-0-id": "",
        "sessions-0-DELETE": "",
    }
    response = client.post("/admin/training/cohorts/new/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    from training.models import Cohort

    cohort = Cohort.objects.get(code="NEW-01")
    assert cohort.programme_key == programme[0].translation_key
    assert cohort.sessions.get().topic_en == "Opening"
    assert "NEW-01" in client.get(programme[1].url).content.decode()
