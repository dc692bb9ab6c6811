"""No document of a submitted application is lost, and no incomplete file moves on or gets approved.

Reproduced fault: an applicant asked for more information could delete every document, resubmit,
and the director could approve a file with zero documents; the files vanished from disk and from
the timeline. Now documents are versioned after submission (a replacement keeps the old version),
deletion is for drafts only, and completeness is checked again on resubmission, on starting
appraisal and on approval.
"""

from pathlib import Path

from django.utils import translation
from django.utils.html import escape

import pytest

from investors.applications import services
from investors.applications.models import ApplicationDocument, DocumentKind
from tests.factories.accounts import sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move, officer, pdf_upload

pytestmark = pytest.mark.django_db

NEW_PROPOSAL = b"%PDF-1.4\n% the corrected proposal\n%%EOF\n"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def info_requested_file():
    return move(ApplicationFactory(), "submit", "start_screening", "request_information")


def current(application, kind):
    return application.documents.current().get(kind=kind)


def lose_document_as_old_code_allowed(application, kind):
    """Files damaged before this fix: a required document row and its file are gone."""
    document = current(application, kind)
    document.file.delete(save=False)
    ApplicationDocument.objects.filter(pk=document.pk).delete()


def test_an_applicant_cannot_delete_documents_once_the_file_is_submitted(client):
    application = info_requested_file()
    documents = list(application.documents.all())
    paths = [Path(document.file.path) for document in documents]
    client.force_login(application.applicant)
    for document in documents:
        response = client.post(f"/en/apply/{application.public_id}/documents/{document.pk}/delete/", follow=True)
        assert "Documents can only be removed from a draft" in response.content.decode()
    assert application.documents.count() == 3
    assert all(path.exists() for path in paths)
    # The rest of the reproduced journey now ends with a complete file being approved.
    client.post(f"/en/apply/{application.public_id}/resubmit/", {"note": "Nothing to change."})
    application = move(application, "start_appraisal", "approve")
    assert application.status == "approved"
    assert application.documents.current().count() == 3


def test_a_draft_document_can_still_be_removed_with_its_file(client, django_capture_on_commit_callbacks):
    application = ApplicationFactory()
    document = services.add_document(application.pk, application.applicant, pdf_upload(), DocumentKind.OTHER)
    path = Path(document.file.path)
    client.force_login(application.applicant)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/apply/{application.public_id}/documents/{document.pk}/delete/")
    assert not application.documents.exists()
    assert not path.exists()


def test_a_replaced_document_keeps_its_old_version_for_staff(client, django_capture_on_commit_callbacks):
    application = info_requested_file()
    old = current(application, DocumentKind.PROPOSAL)
    old_bytes = Path(old.file.path).read_bytes()
    client.force_login(application.applicant)
    step = client.get(f"/en/apply/{application.public_id}/step/documents/").content.decode()
    assert f"/documents/{old.pk}/replace/" in step and f"/documents/{old.pk}/delete/" not in step
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/apply/{application.public_id}/documents/{old.pk}/replace/",
            {"file": pdf_upload("proposal-v2.pdf", NEW_PROPOSAL)},
        )
    assert response.status_code == 302
    new = current(application, DocumentKind.PROPOSAL)
    old.refresh_from_db()
    assert new.pk != old.pk and new.replaces_id == old.pk and old.superseded_at is not None
    assert Path(old.file.path).read_bytes() == old_bytes  # not lost from disk
    assert Path(new.file.path).read_bytes() == NEW_PROPOSAL

    reviewer = officer(full_name="Trần Thị Bình")
    sign_in_staff(client, reviewer)
    download = client.get(f"/en/apply/{application.public_id}/documents/{old.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == old_bytes
    review = client.get(f"/admin/applications/inbox/review/{application.pk}/").content.decode()
    assert "proposal-v2.pdf" in review and old.original_name in review
    assert "1 phiên bản trước" in review  # the admin speaks the officer's language (Vietnamese)
    assert application.applicant.get_full_name() in review  # who uploaded each version


def test_every_document_added_or_replaced_appears_in_the_timeline(client):
    application = info_requested_file()
    old = current(application, DocumentKind.FINANCIAL)
    services.replace_document(application.pk, application.applicant, old.pk, pdf_upload("bank-letter-2026.pdf"))
    client.force_login(application.applicant)
    page = client.get(f"/en/apply/{application.public_id}/").content.decode()
    assert page.count("Document added:") == 3
    assert "Document replaced: Proof of financial capacity" in page
    assert "bank-letter-2026.pdf replaces financial.pdf, which is kept." in page


def test_a_resubmission_with_a_required_document_missing_is_refused_keeping_the_answer(client):
    application = info_requested_file()
    lose_document_as_old_code_allowed(application, DocumentKind.FINANCIAL)
    client.force_login(application.applicant)
    response = client.post(f"/en/apply/{application.public_id}/resubmit/", {"note": "Here is our new plan."})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Your file is missing required documents: Proof of financial capacity" in page
    assert "Here is our new plan." in page
    application.refresh_from_db()
    assert application.status == "info_requested"


def test_appraisal_cannot_start_on_an_incomplete_file():
    application = move(ApplicationFactory(), "submit", "start_screening")
    lose_document_as_old_code_allowed(application, DocumentKind.REGISTRATION)
    with pytest.raises(services.IncompleteFile) as refused:
        services.start_appraisal(application.pk, officer(), "Looks good.")
    assert "Registration certificate or passport" in str(refused.value)
    application.refresh_from_db()
    assert application.status == "screening"


def test_the_director_cannot_approve_an_incomplete_file_and_keeps_the_note(client):
    application = move(ApplicationFactory(), "submit", "start_screening", "start_appraisal")
    for kind in (DocumentKind.REGISTRATION, DocumentKind.PROPOSAL, DocumentKind.FINANCIAL):
        lose_document_as_old_code_allowed(application, kind)
    sign_in_staff(client, director())
    url = f"/admin/applications/inbox/review/{application.pk}/"
    assert "Còn thiếu tài liệu bắt buộc" in client.get(url).content.decode()
    response = client.post(
        url, {"action": "transition", "step": "approve", "note": "Approved for 50 years.", "audience": "applicant"}
    )
    page = response.content.decode()
    with translation.override("vi"):  # the director's admin language
        kinds = "; ".join(str(kind.label) for kind in services.REQUIRED_KINDS)
        expected = str(services.INCOMPLETE_MESSAGES["approve"] % {"items": kinds})
    assert expected.startswith("Không thể phê duyệt hồ sơ này") and "Giấy chứng nhận" in expected
    assert escape(expected) in page
    assert "Approved for 50 years." in page
    application.refresh_from_db()
    assert application.status == "appraisal" and application.decided_at is None
