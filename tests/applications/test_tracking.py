"""Looking a file up without signing in: reference + PIN from the submission e-mail → status, step, due date
and history, nothing personal; wrong pairs answer like unknown ones; a new PIN goes to the applicant only."""

import re

from django.core import mail

import pytest

from investors.applications.models import InvestmentApplication
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, move

pytestmark = pytest.mark.django_db

PIN = re.compile(r"PIN (\d{8})")
NOT_FOUND_EN = "We found no file with this reference number and PIN."


def submitted(django_capture_on_commit_callbacks, language="en", **kwargs):
    applicant = UserFactory(preferred_language=language, full_name="Phạm Quốc Hưng")
    with django_capture_on_commit_callbacks(execute=True):
        application = move(ApplicationFactory(applicant=applicant, company_name="Cao Nguyên Soft", **kwargs), "submit")
    message = next(m for m in mail.outbox if m.to == [applicant.email])
    return application, PIN.search(message.body).group(1), message


def test_the_submission_email_carries_a_pin_that_is_stored_only_hashed(django_capture_on_commit_callbacks):
    application, pin, message = submitted(django_capture_on_commit_callbacks)
    assert "/en/track/" in message.body and application.reference in message.body
    stored = InvestmentApplication.objects.get(pk=application.pk).tracking_pin_hash
    assert stored and pin not in stored


def test_reference_and_pin_show_status_due_date_and_history_and_nothing_personal(
    client, django_capture_on_commit_callbacks
):
    application, pin, _message = submitted(django_capture_on_commit_callbacks)
    move(application, "start_screening")

    response = client.post("/en/track/", {"reference": application.reference.lower(), "pin": pin})

    page = response.content.decode()
    assert response.status_code == 200
    assert f"File {application.reference}" in page
    assert "Screening" in page and "Submitted" in page  # current step and the history
    assert "Due date of this step" in page
    for personal in ("Phạm Quốc Hưng", "Cao Nguyên Soft", application.applicant.email, "Note for start_screening."):
        assert personal not in page
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_vietnamese_tracking_page_speaks_vietnamese(client, django_capture_on_commit_callbacks):
    application, pin, message = submitted(django_capture_on_commit_callbacks, language="vi")
    assert "/vi/track/" in message.body
    page = client.post("/vi/track/", {"reference": application.reference, "pin": pin}).content.decode()
    assert f"Hồ sơ {application.reference}" in page and "Hạn xử lý của bước này" in page


def test_a_wrong_pin_answers_exactly_like_an_unknown_reference(client, django_capture_on_commit_callbacks):
    application, pin, _message = submitted(django_capture_on_commit_callbacks)
    wrong_pin = "0" * 8 if pin != "0" * 8 else "1" * 8

    wrong = client.post("/en/track/", {"reference": application.reference, "pin": wrong_pin})
    unknown = client.post("/en/track/", {"reference": "DLSP-1999-000999", "pin": wrong_pin})

    def body(response):  # the page without the echoed reference and the CSRF token
        text = response.content.decode()
        text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)
        return text.replace(application.reference, "REF").replace("DLSP-1999-000999", "REF")

    assert wrong.status_code == unknown.status_code == 200
    assert NOT_FOUND_EN in wrong.content.decode()
    assert body(wrong) == body(unknown)


def test_a_draft_without_a_pin_cannot_be_looked_up(client):
    draft = ApplicationFactory(reference="DLSP-2026-000777")
    response = client.post("/en/track/", {"reference": draft.reference, "pin": "12345678"})
    assert NOT_FOUND_EN in response.content.decode()
    assert "File DLSP-2026-000777" not in response.content.decode()


def test_a_new_pin_goes_to_the_applicant_replaces_the_old_one_and_the_answer_never_tells(
    client, django_capture_on_commit_callbacks
):
    application, old_pin, _message = submitted(django_capture_on_commit_callbacks)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/en/track/new-pin/", {"resend-reference": application.reference}, follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post("/en/track/new-pin/", {"resend-reference": "DLSP-1999-000999"}, follow=True)

    assert [m.to for m in mail.outbox] == [[application.applicant.email]]
    new_pin = PIN.search(mail.outbox[0].body).group(1)
    answer = "a new PIN is on its way to the applicant"
    assert answer in known.content.decode() and answer in unknown.content.decode()
    if new_pin != old_pin:
        old = client.post("/en/track/", {"reference": application.reference, "pin": old_pin})
        assert NOT_FOUND_EN in old.content.decode()
    found = client.post("/en/track/", {"reference": application.reference, "pin": new_pin})
    assert f"File {application.reference}" in found.content.decode()
