"""Erasure never destroys an open file, keeps decided records, covers every app; requests stay private.

Reproduced faults: approving a data-deletion request destroyed the documents of an application still
under review; the export and erasure knew nothing of training; and any admin user (editor, legal,
land, training staff) could read a deletion request's name, e-mail and reason.
"""

import datetime
import json
import uuid
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from accounts import personal_data
from investors.applications import services
from investors.applications.models import DeletionRequest, DeletionStatus, Message
from investors.applications.personal_data import approve_deletion, refuse_deletion, request_deletion
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move, officer
from tests.factories.training import CohortFactory, RegistrationFactory
from training.models import Certificate
from training.services import record_verification

pytestmark = pytest.mark.django_db

OTHER_STAFF_GROUPS = ["Editor", "Legal reviewer", "Land officer", "Training coordinator"]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def cohort(ends_in_days):
    today = timezone.localdate()
    return CohortFactory(
        programme_key=uuid.uuid4(),
        starts_on=today + datetime.timedelta(days=ends_in_days - 30),
        ends_on=today + datetime.timedelta(days=ends_in_days),
    )


def file_paths(application):
    return [Path(document.file.path) for document in application.documents.all()]


def test_a_person_cannot_ask_for_erasure_while_an_application_is_open(client):
    application = move(ApplicationFactory(), "submit", "start_screening")
    client.force_login(application.applicant)
    page = client.get("/en/apply/delete-my-data/").content.decode()
    assert f"Investment application {application.reference} is still open (Screening)" in page
    assert "What happens next" in page
    assert "kept for 10 years after the decision" in page
    response = client.post("/en/apply/delete-my-data/", {"reason": "Please", "confirm": "on"})
    assert response.status_code == 200
    assert application.reference in response.content.decode()
    with pytest.raises(personal_data.ErasureRefused):  # the service refuses too, whatever the page
        request_deletion(application.applicant, "Please")
    assert not DeletionRequest.objects.exists()


def test_staff_cannot_erase_a_person_whose_application_is_still_open(client, django_capture_on_commit_callbacks):
    person = UserFactory()
    request = DeletionRequest.objects.create(user=person, reason="Project cancelled")
    application = move(ApplicationFactory(applicant=person), "submit")  # opened after the request
    paths = file_paths(application)
    sign_in_staff(client, officer())
    url = f"/admin/applications/deletion-requests/approve/{request.pk}/"
    assert application.reference in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert application.reference in response.content.decode()
    request.refresh_from_db()
    application.refresh_from_db()
    person.refresh_from_db()
    assert request.status == DeletionStatus.PENDING
    assert application.documents.count() == 3 and all(path.exists() for path in paths)
    assert application.contact_email == person.email and person.is_active


def test_erasure_waits_for_a_training_registration_in_a_cohort_not_yet_finished():
    registration = RegistrationFactory(cohort=cohort(ends_in_days=40), status="waitlisted")
    reasons = personal_data.open_items(registration.trainee)
    assert len(reasons) == 1 and registration.cohort.code in reasons[0] and "on the waitlist" in reasons[0]
    with pytest.raises(personal_data.ErasureRefused):
        personal_data.erase(registration.trainee)
    registration.refresh_from_db()
    assert registration.motivation != ""
    # A registration in a finished cohort, or a cancelled one, does not hold the erasure back.
    finished = RegistrationFactory(cohort=cohort(ends_in_days=-1), status="confirmed")
    cancelled = RegistrationFactory(cohort=cohort(ends_in_days=40), status="cancelled")
    assert personal_data.open_items(finished.trainee) == []
    assert personal_data.open_items(cancelled.trainee) == []


def test_erasing_a_person_with_a_decided_file_keeps_the_record_without_the_person(
    django_capture_on_commit_callbacks,
):
    application = move(ApplicationFactory(representative_name="Nguyễn Văn An"), "submit", "start_screening")
    person = application.applicant
    services.post_message(application.pk, person, "My private mobile is 0909 000 111.")
    staff_officer = officer()
    services.post_message(application.pk, staff_officer, "We will appraise your file next week.", internal=False)
    application = move(application, "start_appraisal", "reject", officer_user=staff_officer)
    paths = file_paths(application)
    request = DeletionRequest.objects.create(user=person, reason="I moved abroad")
    with django_capture_on_commit_callbacks(execute=True):
        approve_deletion(request.pk, director())
    application.refresh_from_db()
    person.refresh_from_db()
    assert person.email.endswith("@deleted.invalid") and not person.is_active and person.phone == ""
    assert (application.representative_name, application.contact_email, application.contact_phone) == ("", "", "")
    # The record stays: reference, decision, dates, documents (files too), staff messages.
    assert application.reference and application.status == "rejected" and application.decided_at
    assert application.company_name and application.documents.count() == 3
    assert all(path.exists() for path in paths)
    bodies = list(Message.objects.filter(application=application).values_list("body", flat=True))
    assert "My private mobile is 0909 000 111." not in bodies
    assert "We will appraise your file next week." in bodies
    request.refresh_from_db()
    assert request.status == DeletionStatus.DONE and request.reason == ""


def test_erasure_removes_never_submitted_drafts_and_training_answers(django_capture_on_commit_callbacks):
    registration = RegistrationFactory(cohort=cohort(ends_in_days=-5), status="completed")
    person = registration.trainee
    certificate = Certificate.objects.create(
        registration=registration, code="ABCDEFGHJKMNPQ", holder_name=person.full_name, issued_at=timezone.now()
    )
    draft = ApplicationFactory(applicant=person)
    services.add_document(draft.pk, person, pdf_upload_named("draft.pdf"), "other")
    draft_paths = file_paths(draft)
    with django_capture_on_commit_callbacks(execute=True):
        personal_data.erase(person)
    registration.refresh_from_db()
    certificate.refresh_from_db()
    assert (registration.motivation, registration.education, registration.current_job) == ("", "", "")
    assert registration.status == "completed"  # who was trained stays
    assert certificate.holder_name == "Anonymised person" and certificate.code == "ABCDEFGHJKMNPQ"
    assert not person.investment_applications.exists()
    assert not any(path.exists() for path in draft_paths)


def pdf_upload_named(name):
    from tests.factories.applications import pdf_upload

    return pdf_upload(name)


def test_the_export_covers_applications_registrations_certificates_and_verifications(client):
    registration = RegistrationFactory(cohort=cohort(ends_in_days=-5), status="completed")
    person = registration.trainee
    certificate = Certificate.objects.create(
        registration=registration, code="QRSTUVWXYZ2345", holder_name=person.full_name, issued_at=timezone.now()
    )
    record_verification(certificate.code, certificate, "client:203.0.113.9|Mozilla/5.0")
    application = move(ApplicationFactory(applicant=person), "submit")
    client.force_login(person)
    assert client.get("/en/apply/my-data.json")["Location"] == "/en/account/my-data.json"
    response = client.get("/en/account/my-data.json")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["account"]["email"] == person.email
    assert data["investment"]["applications"][0]["reference"] == application.reference
    assert data["training"]["registrations"][0]["cohort"] == registration.cohort.code
    assert data["training"]["registrations"][0]["motivation"] == registration.motivation
    assert data["training"]["certificates"][0]["code"] == certificate.code
    assert data["training"]["certificate_verifications"][0]["outcome"] == "valid"


def deletion_urls(pk):
    """Every URL of the deletion-request admin, list and per-request views alike."""
    from investors.applications.wagtail_hooks import DeletionRequestViewSet

    urls = []
    for pattern in DeletionRequestViewSet().get_urlpatterns():
        name = f"applications_deletion:{pattern.name}"
        urls.append(reverse(name, args=[pk]) if "<" in str(pattern.pattern) else reverse(name))
    return urls


@pytest.mark.parametrize("group", OTHER_STAFF_GROUPS)
def test_other_staff_cannot_see_or_decide_deletion_requests(client, group):
    person = UserFactory(full_name="Lê Thị Hoa")
    request = DeletionRequest.objects.create(user=person, reason="Secret reason")
    sign_in_staff(client, StaffFactory(groups=[group]))
    urls = deletion_urls(request.pk)
    assert any("/approve/" in url for url in urls) and any("/refuse/" in url for url in urls)
    for url in urls:
        for method in (client.get, client.post):
            response = method(url, {"note": "No."})
            assert response.status_code in (403, 404), (url, response.status_code)
            page = response.content.decode()
            assert person.email not in page and "Secret reason" not in page and "Lê Thị Hoa" not in page
    assert "/admin/applications/deletion-requests/" not in client.get("/admin/").content.decode()
    request.refresh_from_db()
    assert request.status == DeletionStatus.PENDING
    with pytest.raises(PermissionDenied):
        approve_deletion(request.pk, StaffFactory(groups=[group]))


def test_an_anonymous_visitor_is_sent_to_sign_in_for_every_deletion_request_url(client):
    request = DeletionRequest.objects.create(user=UserFactory())
    for url in deletion_urls(request.pk):
        response = client.get(url)
        # The admin's sign-in is the site's one sign-in (allauth), with the page asked for as `next`.
        assert response.status_code == 302, url
        assert response["Location"].startswith("/vi/account/login/?next=/admin/"), url


def test_reviewers_of_personal_data_hold_the_permission_and_can_refuse_with_an_answer(client):
    for name in ("Investment officer", "Director"):
        codenames = Group.objects.get(name=name).permissions.values_list("codename", flat=True)
        assert "review_deletion_request" in codenames
    person = UserFactory()
    request = DeletionRequest.objects.create(user=person)
    sign_in_staff(client, director())
    assert client.get("/admin/applications/deletion-requests/").status_code == 200
    assert "/admin/applications/deletion-requests/" in client.get("/admin/").content.decode()
    url = f"/admin/applications/deletion-requests/refuse/{request.pk}/"
    assert client.post(url, {"note": ""}).status_code == 200  # a note is required; nothing decided
    client.post(url, {"note": "Your certificate is under investigation."})
    request.refresh_from_db()
    assert request.status == DeletionStatus.REFUSED
    client.post(f"/admin/applications/deletion-requests/approve/{request.pk}/")  # a late click erases nothing
    person.refresh_from_db()
    request.refresh_from_db()
    assert person.is_active and request.status == DeletionStatus.REFUSED
    client.force_login(person)
    assert "Your certificate is under investigation." in client.get("/en/apply/delete-my-data/").content.decode()
    with pytest.raises(PermissionDenied):
        refuse_deletion(request.pk, UserFactory(), "No.")
