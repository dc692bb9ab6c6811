"""Safe decisions: a confirmation with the letter preview, staff-edited templates, and a verifiable PDF letter."""

import hashlib

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from investors.applications.models import (
    ApplicationStatus,
    DecisionLetter,
    DecisionTemplate,
    LetterKind,
    StatusChange,
)
from tests.factories.accounts import UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move

pytestmark = pytest.mark.django_db


def _in_appraisal(**kwargs):
    return move(ApplicationFactory(**kwargs), "submit", "start_screening", "start_appraisal")


def _decide(client, application, step, note, audience="applicant", confirmed=False, follow=False):
    data = {"action": "transition", "step": step, "note": note, "audience": audience}
    if confirmed:
        data["confirmed"] = "1"
    return client.post(f"/admin/applications/inbox/review/{application.pk}/", data, follow=follow)


def test_approval_first_shows_the_letter_exactly_as_it_will_be_sent_and_changes_nothing(client):
    application = _in_appraisal(applicant=UserFactory(preferred_language="en"))
    sign_in_staff(client, director())
    preview = _decide(client, application, "approve", "Sign the lease within 60 days.")
    page = preview.content.decode()
    assert preview.status_code == 200
    assert "Sign the lease within 60 days." in page and application.company_name in page
    assert "Decision: investment application approved" in page  # the applicant's language, not the admin's
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPRAISAL and not DecisionLetter.objects.exists()

    done = _decide(client, application, "approve", "Sign the lease within 60 days.", confirmed=True, follow=True)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert "đã được chấp thuận" in done.content.decode()  # "approved", in the director's Vietnamese admin
    letter = DecisionLetter.objects.get(application=application)
    assert "Sign the lease within 60 days." in letter.body_html


def test_a_rejection_is_confirmed_then_named_and_a_second_submission_decides_nothing_more(client):
    application = _in_appraisal()
    sign_in_staff(client, director())
    _decide(client, application, "reject", "Plot ratio too high.")
    done = _decide(client, application, "reject", "Plot ratio too high.", confirmed=True, follow=True)
    assert "đã bị từ chối" in done.content.decode()
    again = _decide(client, application, "reject", "Plot ratio too high.", confirmed=True, follow=True)
    assert "Từ chối" in again.content.decode()  # "this application is Rejected; Reject is not possible now"
    assert StatusChange.objects.filter(application=application, to_status=ApplicationStatus.REJECTED).count() == 1
    assert DecisionLetter.objects.filter(application=application).count() == 1


def test_an_internal_decision_note_is_flagged_on_the_preview_and_stays_out_of_the_letter(client):
    application = _in_appraisal()
    sign_in_staff(client, director())
    preview = _decide(client, application, "reject", "INTERNAL-REASONING", audience="internal").content.decode()
    letter_part = preview.split('id="preview-heading"')[1].split("</section>")[0]
    assert "INTERNAL-REASONING" not in letter_part
    _decide(client, application, "reject", "INTERNAL-REASONING", audience="internal", confirmed=True)
    assert "INTERNAL-REASONING" not in DecisionLetter.objects.get().body_html


def test_staff_edited_templates_fill_the_files_data_in_the_applicants_language():
    DecisionTemplate.objects.create(
        kind=LetterKind.REJECTION,
        body_vi="Hồ sơ {reference} của {company} không được chấp thuận. {reasons}",
        body_en="File {reference} of {company} is not approved on {decision_date}. {reasons}",
    )
    english = move(_in_appraisal(applicant=UserFactory(preferred_language="en")), "reject")
    vietnamese = move(_in_appraisal(applicant=UserFactory(preferred_language="vi")), "reject")
    english_body = english.decision_letter.body_html
    assert f"File {english.reference} of {english.company_name} is not approved on" in english_body
    assert "Note for reject." in english_body
    assert f"Hồ sơ {vietnamese.reference} của {vietnamese.company_name} không được chấp thuận." in (
        vietnamese.decision_letter.body_html
    )


@pytest.mark.parametrize(
    "body",
    ["Dear {applicant.password}", "Hello {secret_key}", "{reference!r}", "{company:>99999}", "Open {brace"],
)
def test_a_template_with_an_unknown_or_unsafe_placeholder_is_refused_with_a_translated_error(body):
    template = DecisionTemplate(kind=LetterKind.APPROVAL, body_vi="Hồ sơ {reference}.", body_en=body)
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        template.full_clean()
    message = " ".join(refused.value.message_dict["body_en"])
    assert "Trường thay thế không hợp lệ" in message or "chưa đóng" in message


def test_an_information_request_template_must_say_where_the_request_goes():
    template = DecisionTemplate(kind=LetterKind.INFO_REQUEST, body_vi="Hồ sơ {reference} cần bổ sung.")
    with pytest.raises(ValidationError):
        template.full_clean()


def test_the_applicant_downloads_the_pdf_whose_hash_the_public_page_shows(client):
    application = move(_in_appraisal(), "approve")
    letter = application.decision_letter
    client.force_login(application.applicant)
    response = client.get(f"/en/apply/{application.public_id}/letter.pdf")
    content = b"".join(response.streaming_content)
    assert response["Content-Type"] == "application/pdf" and content.startswith(b"%PDF")
    assert hashlib.sha256(content).hexdigest() == letter.sha256
    assert b"DejaVu" in content  # the embedded font that has every Vietnamese letter
    letter_page = client.get(f"/en/apply/{application.public_id}/letter/").content.decode()
    assert letter.code in letter_page and "<svg" in letter_page

    client.logout()
    public = client.get(f"/en/decisions/{letter.code}/").content.decode()
    assert application.reference in public and letter.sha256 in public and "Approved" in public
    assert client.get(f"/vi/decisions/{letter.code}/").status_code == 200


def test_someone_else_cannot_download_the_letter(client):
    application = move(_in_appraisal(), "reject")
    client.force_login(UserFactory())
    assert client.get(f"/en/apply/{application.public_id}/letter.pdf").status_code == 404


@pytest.mark.parametrize("code", ["A" * 24, "short", "x" * 200, "../../etc/passwd"])
def test_unknown_or_malformed_codes_are_a_plain_404(client, code):
    move(_in_appraisal(), "approve")
    response = client.get(f"/en/decisions/{code}/")
    assert response.status_code == 404 and "DLSP-" not in response.content.decode()


def test_verification_lookups_are_rate_limited(client, settings):
    settings.RATELIMIT_ENABLE = True
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "decision_lookup": "3/m"}
    cache.clear()
    statuses = [client.get(f"/en/decisions/{'B' * 24}/").status_code for _ in range(5)]
    cache.clear()
    assert statuses[:3] == [404, 404, 404] and statuses[-1] == 429


def test_the_director_edits_a_template_in_the_admin_and_an_unknown_placeholder_is_refused_in_vietnamese(client):
    sign_in_staff(client, director())
    url = "/admin/snippets/applications/decisiontemplate/add/"
    data = {"kind": LetterKind.APPROVAL, "body_vi": "Chấp thuận hồ sơ {reference} cho {giam_doc}.", "body_en": ""}
    refused = client.post(url, data)
    assert refused.status_code == 200 and "Trường thay thế không hợp lệ: {giam_doc}" in refused.content.decode()
    assert not DecisionTemplate.objects.exists()
    client.post(url, {**data, "body_vi": "Chấp thuận hồ sơ {reference} của {company}."})
    assert DecisionTemplate.objects.get().body_vi == "Chấp thuận hồ sơ {reference} của {company}."
