"""The application wizard, its uploads, messages and answers to a request for information, under hostile
input from a signed-in investor: never a server error, errors in the page's language, what was typed kept,
and nothing stored from invalid input."""

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from investors.applications.models import ApplicationDocument, InvestmentApplication, Message
from tests.factories.applications import ApplicationFactory, move, submitted_application

from .checks import assert_in_language, assert_kept, assert_no_server_error
from .strategies import MAGIC, hostile_number, hostile_text, hostile_upload, hostile_value, oversized_upload

pytestmark = pytest.mark.django_db
HOSTILE = settings.get_profile("hostile")

COMPANY = {
    "company_name": hostile_text,
    "country": hostile_value,
    "registration_number": hostile_text,
    "company_address": hostile_text,
    "representative_name": hostile_text,
    "representative_title": hostile_text,
    "contact_email": hostile_text,
    "contact_phone": hostile_text,
}
PROJECT = {
    "sector": hostile_value,
    "project_title": hostile_text,
    "description": hostile_text,
    "capital_usd": hostile_number,
    "capital_schedule": hostile_text,
    "staff_total": hostile_number,
    "local_hires_pct": hostile_number,
    "it_specialists": hostile_number,
    "construction_start": st.one_of(hostile_text, st.just("2026-02-30"), st.just("99999-01-01")),
    "operation_start": st.one_of(hostile_number, st.just("0001-01-01")),
}
LAND = {"parcel_codes": hostile_value, "required_area_m2": hostile_number, "intended_use": hostile_text}
STEPS = {"company": COMPANY, "project": PROJECT, "land": LAND}
TEXT_FIELDS = {"company_name", "registration_number", "representative_name", "project_title", "intended_use"}


@pytest.fixture
def draft(client, world):
    application = ApplicationFactory()
    client.force_login(application.applicant)
    return application


def _step_url(language, application, step):
    return f"{language.prefix}apply/{application.public_id}/step/{step}/"


def _fields_of(step):
    return st.fixed_dictionaries({}, optional=STEPS[step])


def _check_kept(response, data, drop_nul=False):
    for name in TEXT_FIELDS & data.keys():
        value = data[name].replace("\x00", "") if drop_nul and isinstance(data[name], str) else data[name]
        if isinstance(value, str) and "\r" not in value and len(value) <= 200:
            assert_kept(response, value)


@settings(HOSTILE)
@given(step=st.sampled_from(sorted(STEPS)), data=st.data())
@example(step="company", data=None)
def test_wizard_steps_reject_hostile_answers_and_keep_them(client, draft, language, step, data):
    fields = data.draw(_fields_of(step)) if data is not None else {"company_name": "Công ty\x00 ABC", "country": "ZZZ"}
    before = InvestmentApplication.objects.count()
    response = client.post(_step_url(language, draft, step), fields)
    assert_no_server_error(response, (step, fields))
    assert InvestmentApplication.objects.count() == before
    if response.status_code == 302:
        return
    assert response.status_code == 200, response.status_code
    assert_in_language(response, language, (step, fields))
    _check_kept(response, fields)
    again = client.get(_step_url(language, draft, step))  # the invalid answers are kept in the draft
    assert_no_server_error(again, (step, fields))
    _check_kept(again, fields, drop_nul=True)  # the draft drops NUL characters (PostgreSQL cannot store them)


@settings(HOSTILE)
@given(upload=hostile_upload(), kind=hostile_value)
@example(upload=SimpleUploadedFile("../../evil.pdf", MAGIC["exe"] + b"\x00" * 64, "application/pdf"), kind="proposal")
@example(upload=SimpleUploadedFile("scan.png", MAGIC["png"] + b"not an image", "image/png"), kind="registration")
@example(upload=SimpleUploadedFile("empty.pdf", b"", "application/pdf"), kind="registration")
@example(upload="oversized", kind="financial")
def test_uploads_with_wrong_content_names_or_sizes_are_refused(client, draft, language, upload, kind):
    upload = oversized_upload() if upload == "oversized" else upload
    upload.seek(0)
    before = ApplicationDocument.objects.count()
    response = client.post(_step_url(language, draft, "documents"), {"kind": kind, "file": upload})
    sent = (kind, upload.name, upload.size, upload.content_type)
    assert_no_server_error(response, sent)
    if response.status_code == 302:  # accepted: a real PDF/PNG/JPEG, stored under a server-made name
        document = ApplicationDocument.objects.latest("pk")
        assert "/" not in document.original_name and "\x00" not in document.original_name
        assert ".." not in document.file.name
        return
    assert response.status_code in (200, 400)  # 400: Django refuses a multipart header over 1 kB (huge name)
    assert ApplicationDocument.objects.count() == before
    assert_in_language(response, language, sent)


@settings(HOSTILE)
@given(consent=hostile_value)
def test_review_step_never_submits_an_incomplete_draft(client, draft, language, consent):
    response = client.post(_step_url(language, draft, "review"), {"consent": consent})
    assert_no_server_error(response, consent)
    draft.refresh_from_db()
    assert draft.status == "draft"  # no documents yet: it cannot be submitted
    assert_in_language(client.get(_step_url(language, draft, "review")), language, consent)


@pytest.fixture
def info_requested(client, world):
    application = move(submitted_application(), "start_screening", "request_information")
    client.force_login(application.applicant)
    return application


@settings(HOSTILE)
@given(body=hostile_text, attachment=st.one_of(st.none(), hostile_upload()), note=hostile_text)
@example(body="\x00", attachment=None, note="\x00")
@example(body="x" * 10_050, attachment=None, note="x" * 10_050)
def test_messages_and_answers_reject_hostile_input(client, info_requested, language, body, attachment, note):
    base = f"{language.prefix}apply/{info_requested.public_id}/"
    info_requested.refresh_from_db()
    status_before, before = info_requested.status, Message.objects.count()
    data = {"body": body, **({"attachment": attachment} if attachment else {})}
    response = client.post(f"{base}messages/", data, follow=True)
    assert_no_server_error(response, (body, attachment and attachment.name))
    assert_in_language(response, language, body)
    if not body.strip() or len(body) > 5000 or "\x00" in body:
        assert Message.objects.count() == before
    response = client.post(f"{base}resubmit/", {"note": note}, follow=True)
    assert_no_server_error(response, note)
    assert_in_language(response, language, note)
    if not note.strip() or len(note) > 5000 or "\x00" in note:
        info_requested.refresh_from_db()
        assert info_requested.status == status_before
