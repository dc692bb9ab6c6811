"""E-mails go out after the commit in the recipient's language; a mail failure never loses a transition."""

from django.core import mail
from django.core.management import call_command

import pytest

from core.models import EmailStatus, OutgoingEmail
from investors.applications.models import ApplicationStatus
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, move, officer

pytestmark = pytest.mark.django_db(transaction=True)


def test_submission_sends_a_bilingual_html_and_text_confirmation_and_tells_officers():
    staff = officer(preferred_language="en")
    application = move(ApplicationFactory(applicant=UserFactory(preferred_language="vi")), "submit")
    to_applicant = next(m for m in mail.outbox if m.to == [application.applicant.email])
    assert "Đã nhận hồ sơ" in to_applicant.subject and application.reference in to_applicant.subject
    assert to_applicant.alternatives and "text/html" in to_applicant.alternatives[0][1]
    to_officer = next(m for m in mail.outbox if m.to == [staff.email])
    assert "needs your action" in to_officer.subject


def test_information_request_and_decision_mails_carry_the_note():
    application = move(ApplicationFactory(applicant=UserFactory(preferred_language="en")), "submit", "start_screening")
    mail.outbox.clear()
    move(application, "request_information")
    message = next(m for m in mail.outbox if m.to == [application.applicant.email])
    assert "information requested" in message.subject and "Note for request_information." in message.body


def test_a_mail_failure_keeps_the_transition_and_the_resend_command_delivers_it(monkeypatch):
    def broken_send(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP server down")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMultiAlternatives.send", broken_send)
        application = move(ApplicationFactory(), "submit")
    assert application.status == ApplicationStatus.SUBMITTED
    notice = OutgoingEmail.objects.get(recipient=application.applicant)
    assert notice.status == EmailStatus.FAILED and "SMTP server down" in notice.last_error
    call_command("resend_emails")
    notice.refresh_from_db()
    assert notice.status == EmailStatus.SENT
    assert any(m.to == [application.applicant.email] for m in mail.outbox)
