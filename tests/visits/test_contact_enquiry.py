"""Questions from the contact page: stored first, then e-mailed to the one-stop desk through the outbox (a
mail outage loses nothing), shown in the staff inbox; bad input keeps what was typed with translated
errors; robots and floods get nothing through."""

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

import pytest

from core.models import EmailStatus, OutgoingEmail
from land.visits.models import Enquiry, EnquiryKind
from tests.factories.accounts import StaffFactory, sign_in_staff

pytestmark = pytest.mark.django_db

QUESTION = {
    "name": "Kenji Tanaka",
    "email": "kenji@example.jp",
    "organisation": "Tanaka Soft",
    "message": "Can a foreign company rent 200 m² of offices first?",
    "consent": "on",
    "next": "/en/contact/",
}


@pytest.fixture
def desk_officer(db):
    return StaffFactory(groups=["Investment officer"], email="desk@dalat-park.example", preferred_language="en")


def test_a_question_is_stored_and_e_mailed_to_the_one_stop_desk_only(
    client, site_tree, desk_officer, land_officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/visits/enquiry/", QUESTION)
    assert response.status_code == 302 and response["Location"] == "/en/contact/"
    enquiry = Enquiry.objects.get()
    assert enquiry.kind == EnquiryKind.GENERAL and enquiry.parcel_code == "" and enquiry.language == "en"
    assert OutgoingEmail.objects.filter(kind="visits.enquiry", about_id=enquiry.pk, recipient=desk_officer).exists()
    recipients = {message.to[0] for message in mail.outbox}
    assert "desk@dalat-park.example" in recipients  # every investment officer (the demo's too) ...
    assert "officer@dalat-park.example" not in recipients and "land@demo.dalatpark.vn" not in recipients  # ... only
    message = next(message for message in mail.outbox if message.to == ["desk@dalat-park.example"])
    assert "contact page" in message.subject and "Kenji Tanaka" in message.subject
    assert "Can a foreign company rent 200 m² of offices first?" in message.body and "kenji@example.jp" in message.body
    page = client.get("/en/contact/").content.decode()
    assert "Thank you. The one-stop desk will reply to kenji@example.jp." in page


def test_a_mail_outage_keeps_the_question_and_the_outbox_sends_it_later(
    client, site_tree, desk_officer, monkeypatch, django_capture_on_commit_callbacks
):
    def broken_send(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP server down")

    with monkeypatch.context() as patch, django_capture_on_commit_callbacks(execute=True):
        patch.setattr("django.core.mail.EmailMultiAlternatives.send", broken_send)
        response = client.post("/en/visits/enquiry/", QUESTION)
    assert response.status_code == 302
    assert Enquiry.objects.filter(kind=EnquiryKind.GENERAL, email="kenji@example.jp").exists()
    notice = OutgoingEmail.objects.get(kind="visits.enquiry", recipient=desk_officer)
    assert notice.status == EmailStatus.FAILED
    call_command("resend_emails")
    notice.refresh_from_db()
    assert notice.status == EmailStatus.SENT
    assert any(message.to == ["desk@dalat-park.example"] for message in mail.outbox)


def test_staff_of_the_desk_see_the_question_in_the_inbox_and_mark_it_answered(client, site_tree, desk_officer):
    client.post("/en/visits/enquiry/", QUESTION)
    enquiry = Enquiry.objects.get()
    sign_in_staff(client, desk_officer)
    inbox = client.get("/admin/visits/enquiries/?kind=general")
    assert inbox.status_code == 200 and "Kenji Tanaka" in inbox.content.decode()
    response = client.post(f"/admin/visits/enquiries/edit/{enquiry.pk}/", {"answered": "on"})
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.answered


def test_bad_input_keeps_what_was_typed_and_says_in_vietnamese_what_to_correct(client, site_tree):
    typed = {**QUESTION, "email": "not-an-address", "consent": "", "next": "/vi/lien-he/"}
    response = client.post("/vi/visits/enquiry/", typed)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Can a foreign company rent 200 m² of offices first?" in page and 'value="Tanaka Soft"' in page
    assert "Hãy đánh dấu ô này để chúng tôi được lưu thông tin và trả lời bạn." in page
    assert 'value="/vi/lien-he/"' in page  # the way back to the contact page is kept too
    assert not Enquiry.objects.exists()


def test_a_return_address_outside_the_site_is_ignored(client, site_tree):
    response = client.post("/en/visits/enquiry/", {**QUESTION, "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/en/visits/enquiry/"


def test_a_robot_filling_the_hidden_field_sends_nothing(client, site_tree, desk_officer):
    response = client.post("/en/visits/enquiry/", {**QUESTION, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Enquiry.objects.exists() and not OutgoingEmail.objects.exists()


def test_questions_are_rate_limited_with_the_translated_429_page(client, site_tree, settings):
    settings.RATELIMIT_ENABLE = True
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact_enquiry": "2/h"}
    cache.clear()
    responses = [client.post("/vi/visits/enquiry/", {**QUESTION, "next": "/vi/lien-he/"}) for _ in range(3)]
    assert [response.status_code for response in responses] == [302, 302, 429]
    assert "Quá nhiều" in responses[2].content.decode()
    assert Enquiry.objects.count() == 2
    cache.clear()


def test_the_enquiry_inbox_is_closed_to_visitors_and_to_staff_without_permission(client, site_tree):
    client.post("/en/visits/enquiry/", QUESTION)
    assert client.get("/admin/visits/enquiries/").status_code == 302  # anonymous: to the sign-in page
    sign_in_staff(client, StaffFactory(groups=["Training coordinator"]))
    response = client.get("/admin/visits/enquiries/")
    assert response.status_code in (302, 403) and "Kenji Tanaka" not in response.content.decode()
