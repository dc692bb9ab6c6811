"""Staff notes are for the applicant or internal, chosen explicitly; internal ones never reach the applicant."""

import json

from django.core import mail

import pytest

from investors.applications import services
from investors.applications.models import ApplicationStatus
from tests.factories.accounts import UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move, officer

pytestmark = pytest.mark.django_db(transaction=True)

SECRETS = ("SECRET-SCREENING", "SECRET-APPRAISAL", "SECRET-DECISION", "SECRET-MESSAGE")


def _rejected_with_internal_notes():
    staff, boss = officer(), director()
    application = move(ApplicationFactory(applicant=UserFactory(preferred_language="en")), "submit")
    services.take_step("start_screening", application.pk, staff, "SECRET-SCREENING: weak balance sheet", internal=True)
    services.post_message(application.pk, staff, "SECRET-MESSAGE: call the bank", internal=True)
    services.take_step("start_appraisal", application.pk, staff, "SECRET-APPRAISAL: recommend rejection", internal=True)
    services.take_step("reject", application.pk, boss, "SECRET-DECISION: the director's own reasoning", internal=True)
    application.refresh_from_db()
    return application


def test_internal_notes_never_reach_the_applicants_page_letter_export_or_mails(client):
    application = _rejected_with_internal_notes()
    assert application.status == ApplicationStatus.REJECTED
    client.force_login(application.applicant)
    seen = {
        "page": client.get(f"/en/apply/{application.public_id}/").content.decode(),
        "letter": client.get(f"/en/apply/{application.public_id}/letter/").content.decode(),
        "export": json.dumps(client.get("/en/apply/my-data.json", follow=True).json(), ensure_ascii=False),
        "mails": " ".join(
            f"{m.subject} {m.body} {' '.join(str(content) for content, _type in m.alternatives)}"
            for m in mail.outbox
            if m.to == [application.applicant.email]
        ),
    }
    assert "Rejected" in seen["page"] and seen["mails"]
    for channel, text in seen.items():
        leaked = [secret for secret in SECRETS if secret in text]
        assert not leaked, f"{channel} shows internal notes: {leaked}"


def test_staff_still_read_every_internal_note_on_the_review_page(client):
    application = _rejected_with_internal_notes()
    sign_in_staff(client, officer())
    page = client.get(f"/admin/applications/inbox/review/{application.pk}/").content.decode()
    assert all(secret in page for secret in SECRETS)


def test_a_note_addressed_to_the_applicant_reaches_their_page_letter_and_mail(client):
    application = move(ApplicationFactory(applicant=UserFactory(preferred_language="en")), "submit", "start_screening")
    services.take_step("start_appraisal", application.pk, officer(), "Your file is complete.", internal=False)
    services.take_step("reject", application.pk, director(), "The plot ratio exceeds the zone's limit.", internal=False)
    client.force_login(application.applicant)
    assert "Your file is complete." in client.get(f"/en/apply/{application.public_id}/").content.decode()
    assert "plot ratio" in client.get(f"/en/apply/{application.public_id}/letter/").content.decode()
    decision_mail = [m for m in mail.outbox if m.to == [application.applicant.email]][-1]
    assert "plot ratio" in decision_mail.body


def test_a_staff_step_without_a_chosen_audience_is_refused_and_keeps_the_note(client):
    staff = officer()
    application = move(ApplicationFactory(), "submit")
    sign_in_staff(client, staff)
    url = f"/admin/applications/inbox/review/{application.pk}/"
    response = client.post(url, {"action": "transition", "step": "start_screening", "note": "Looks complete."})
    assert response.status_code == 200 and "Looks complete." in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_a_staff_message_without_a_chosen_audience_is_not_sent():
    application = move(ApplicationFactory(), "submit")
    mail.outbox.clear()
    with pytest.raises(services.ApplicationError):
        services.post_message(application.pk, officer(), "Which way does this go?")
    assert not application.messages.exists() and not mail.outbox


def test_an_information_request_cannot_be_made_internal():
    application = move(ApplicationFactory(), "submit", "start_screening")
    with pytest.raises(services.ApplicationError):
        services.take_step("request_information", application.pk, officer(), "Send the audit.", internal=True)
