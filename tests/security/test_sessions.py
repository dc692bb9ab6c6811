"""Nothing stored that should not be: no session or draft from an anonymous POST, drafts that keep only
their step's own bounded fields, a byte cap on sessions, and the daily clean-up of what expires."""

import json
import secrets
import uuid
from datetime import timedelta
from io import StringIO

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

import pytest
from axes.models import AccessAttempt, AccessLog

from core.session_store import SessionStore
from investors.applications.forms import LONG_TEXT_MAX_CHARS, CompanyForm
from tests.factories.applications import ApplicationFactory
from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db

COMPANY = {
    "company_name": "Công ty TNHH Phần mềm Thông Xanh",
    "country": "VN",
    "registration_number": "5800123456",
    "company_address": "1 Hùng Vương, Đà Lạt",
    "representative_name": "Trần Thị Bình",
    "contact_email": "not-an-address",  # invalid, so the step is kept as a draft
    "contact_phone": "+84 263 382 0111",
}


def flood(fields=1900, size=1100):
    """About 2 MB in thousands of fields no step has, as an attacker would post."""
    return {f"junk{number}": "x" * size for number in range(fields)}


def test_an_anonymous_post_to_the_wizard_writes_no_session_and_no_draft(client):
    someone_elses = ApplicationFactory()
    for public_id in (uuid.uuid4(), someone_elses.public_id):
        response = client.post(f"/en/apply/{public_id}/step/company/", {**COMPANY, **flood()})
        assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert Session.objects.count() == 0
    someone_elses.refresh_from_db()
    assert someone_elses.draft_data == {}
    login_page = client.get(response["Location"]).content.decode()
    assert "You were signed out, so this step was not saved." in login_page
    assert Session.objects.count() == 0


def test_a_huge_signed_in_post_keeps_only_the_steps_own_bounded_fields(client):
    application = ApplicationFactory()
    client.force_login(application.applicant)
    session_before = Session.objects.get().session_data
    repeated_name = [COMPANY["company_name"], *["y" * 500] * 50]
    posted = {**COMPANY, "company_name": repeated_name, "company_address": "Đà Lạt " * 20_000, **flood()}
    response = client.post(f"/en/apply/{application.public_id}/step/company/", posted)
    assert response.status_code == 200  # the step is shown again with its errors
    application.refresh_from_db()
    draft = application.draft_data["company"]
    assert set(draft) <= set(CompanyForm.Meta.fields)
    assert draft["company_name"] == [COMPANY["company_name"]]
    assert len(draft["company_address"][0]) == LONG_TEXT_MAX_CHARS
    assert len(json.dumps(application.draft_data)) < len(CompanyForm.Meta.fields) * LONG_TEXT_MAX_CHARS * 6
    session = Session.objects.get()
    assert session.session_data == session_before and len(session.session_data) < settings.SESSION_MAX_BYTES


def test_a_draft_keeps_only_real_choices_of_a_multiple_choice(client):
    application = ApplicationFactory()
    client.force_login(application.applicant)
    parcel = ParcelFactory(status="available")
    invented = [f"Z-{number}" for number in range(1500)]
    posted = {"parcel_codes": [*invented, parcel.code, parcel.code], "intended_use": "Văn phòng phần mềm"}
    client.post(f"/en/apply/{application.public_id}/step/land/", posted)
    application.refresh_from_db()
    assert application.draft_data["land"]["parcel_codes"] == [parcel.code]


def test_a_long_free_text_answer_is_refused_with_a_translated_error(client):
    application = ApplicationFactory()
    client.force_login(application.applicant)
    posted = {**COMPANY, "contact_email": "binh@example.com", "company_address": "x" * (LONG_TEXT_MAX_CHARS + 1)}
    page = client.post(f"/vi/apply/{application.public_id}/step/company/", posted).content.decode()
    assert "tối đa 10000 ký tự" in page  # Django's own Vietnamese catalogue
    application.refresh_from_db()
    assert application.company_address == "12 Trần Phú, Đà Lạt"  # unchanged


def test_a_session_over_the_byte_cap_is_never_written(settings):
    settings.SESSION_MAX_BYTES = 4096
    fresh = SessionStore()
    fresh["typed"] = secrets.token_hex(6400)  # 12,800 characters that do not compress
    fresh.save()
    assert not Session.objects.exists()

    kept = SessionStore()
    kept["language"] = "vi"
    kept.save()
    kept["typed"] = secrets.token_hex(6400)
    kept.save()
    assert SessionStore(kept.session_key).load() == {"language": "vi"}


def _attempt(username, age):
    attempt = AccessAttempt.objects.create(
        username=username,
        ip_address="203.0.113.7",
        user_agent="test",
        http_accept="*/*",
        path_info="/vi/account/login/",
        get_data="",
        post_data="",
        failures_since_start=3,
    )
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=timezone.now() - age)


def _log(username, age):
    entry = AccessLog.objects.create(username=username, ip_address="203.0.113.7", user_agent="test")
    AccessLog.objects.filter(pk=entry.pk).update(attempt_time=timezone.now() - age)


def test_daily_maintenance_removes_expired_sessions_and_old_attempts_but_not_current_ones():
    now = timezone.now()
    Session.objects.create(session_key="expired" + "0" * 25, session_data="", expire_date=now - timedelta(days=1))
    Session.objects.create(session_key="current" + "0" * 25, session_data="", expire_date=now + timedelta(days=1))
    cool_off = timedelta(hours=settings.AXES_COOLOFF_TIME)
    _attempt("old@example.com", cool_off + timedelta(minutes=5))
    _attempt("recent@example.com", cool_off - timedelta(minutes=5))
    _log("old@example.com", timedelta(days=settings.SIGN_IN_LOG_RETENTION_DAYS + 1))
    _log("recent@example.com", timedelta(days=1))

    output = StringIO()
    call_command("daily_maintenance", stdout=output)

    assert list(Session.objects.values_list("session_key", flat=True)) == ["current" + "0" * 25]
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["recent@example.com"]
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["recent@example.com"]
    printed = output.getvalue()
    assert "Removed 1 expired sessions." in printed
    assert "Removed 1 failed sign-in attempts" in printed
    assert "Removed 1 sign-in log entries" in printed
