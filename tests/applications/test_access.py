"""Another investor and an anonymous visitor never reach someone else's application, documents or letter."""

import pytest

from investors.applications import services
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, move, officer, pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided():
    """A rejected application with a document and a staff message carrying an attachment."""
    application = move(ApplicationFactory(), "submit", "start_screening")
    staff = officer()
    message = services.post_message(
        application.pk, staff, "See the attached checklist.", internal=False, uploads=[pdf_upload()]
    )
    move(application, "start_appraisal", "reject")
    document = application.documents.filter(message__isnull=True).first()
    return {"application": application, "document": document, "attachment": message.attachments.get()}


def private_urls(data):
    ref = data["application"].public_id
    return [
        f"/en/apply/{ref}/",
        f"/en/apply/{ref}/letter/",
        f"/en/apply/{ref}/documents/{data['document'].pk}/",
        f"/en/apply/{ref}/documents/{data['attachment'].pk}/",
        f"/en/apply/{ref}/step/company/",
    ]


def test_the_owner_reaches_every_private_url(client, decided):
    client.force_login(decided["application"].applicant)
    statuses = [client.get(url).status_code for url in private_urls(decided)]
    assert statuses == [200, 200, 200, 200, 302]  # the wizard sends a submitted file to its detail page


def test_another_investor_gets_404_everywhere(client, decided):
    client.force_login(UserFactory())
    for url in private_urls(decided):
        assert client.get(url).status_code == 404, url
    ref = decided["application"].public_id
    for action in ("withdraw", "resubmit", "messages"):
        assert client.post(f"/en/apply/{ref}/{action}/", {"note": "x", "body": "x"}).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client, decided):
    for url in private_urls(decided):
        response = client.get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"], url


def test_staff_outside_the_review_groups_cannot_download(client, decided):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    assert client.get(private_urls(decided)[2]).status_code == 404
    assert client.get(f"/admin/applications/inbox/review/{decided['application'].pk}/").status_code in (302, 403)


def test_a_reviewer_downloads_with_safe_headers(client, decided):
    sign_in_staff(client, officer())
    response = client.get(private_urls(decided)[2])
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"


def test_internal_note_attachments_stay_hidden_from_the_applicant(client):
    application = move(ApplicationFactory(), "submit")
    note = services.post_message(application.pk, officer(), "Check the bank.", internal=True, uploads=[pdf_upload()])
    client.force_login(application.applicant)
    url = f"/en/apply/{application.public_id}/documents/{note.attachments.get().pk}/"
    assert client.get(url).status_code == 404
    assert "Check the bank." not in client.get(f"/en/apply/{application.public_id}/").content.decode()


def test_no_letter_before_a_decision(client):
    application = move(ApplicationFactory(), "submit")
    client.force_login(application.applicant)
    assert client.get(f"/en/apply/{application.public_id}/letter/").status_code == 404
