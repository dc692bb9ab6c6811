"""A person can download all their data and have it erased; decided records survive the anonymisation."""

import json
from pathlib import Path

from django.core.exceptions import PermissionDenied

import pytest

from investors.applications.models import DeletionRequest, DeletionStatus, InvestmentApplication
from investors.applications.personal_data import approve_deletion
from tests.factories.accounts import UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, move, officer

pytestmark = pytest.mark.django_db


def test_the_export_contains_the_account_and_every_application(client):
    application = move(ApplicationFactory(), "submit")
    client.force_login(application.applicant)
    response = client.get("/en/apply/my-data.json", follow=True)  # the old address leads to the account's
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["account"]["email"] == application.applicant.email
    exported = data["investment"]["applications"][0]
    assert exported["reference"] == application.reference
    assert {d["kind"] for d in exported["documents"]} == {"registration", "proposal", "financial"}
    assert exported["timeline"][0]["to"] == "submitted"


def test_the_export_needs_sign_in(client):
    assert client.get("/en/apply/my-data.json").status_code == 302


def test_a_deletion_request_then_staff_approval_anonymises_but_keeps_the_decided_record(
    client, django_capture_on_commit_callbacks
):
    application = move(
        ApplicationFactory(capital_usd=900000, sector="software_services"),
        "submit",
        "start_screening",
        "start_appraisal",
    )
    application = move(application, "reject")
    paths = [Path(d.file.path) for d in application.documents.all()]
    person = application.applicant
    client.force_login(person)
    client.post("/en/apply/delete-my-data/", {"reason": "Project cancelled", "confirm": "on"})
    request = DeletionRequest.objects.get(user=person)
    assert request.status == DeletionStatus.PENDING
    with pytest.raises(PermissionDenied):
        approve_deletion(request.pk, UserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        approve_deletion(request.pk, officer())
    person.refresh_from_db()
    application.refresh_from_db()
    assert person.email.endswith("@deleted.invalid") and not person.is_active and person.phone == ""
    assert "Nguyễn Văn An" not in json.dumps(list(InvestmentApplication.objects.values()), default=str)
    assert application.contact_email == "" and application.documents.count() == 3
    assert all(path.exists() for path in paths)  # documents the decision rests on are kept
    assert (application.status, application.sector, int(application.capital_usd)) == (
        "rejected",
        "software_services",
        900000,
    )


def test_the_admin_confirmation_and_approval_pages(client):
    request = DeletionRequest.objects.create(user=UserFactory())
    sign_in_staff(client, officer())
    assert client.get(f"/admin/applications/deletion-requests/approve/{request.pk}/").status_code == 200
    client.post(f"/admin/applications/deletion-requests/approve/{request.pk}/")
    request.refresh_from_db()
    assert request.status == DeletionStatus.DONE
