"""The staff inbox, review page, transition buttons, exports and dashboard panel in the Wagtail admin.

The admin speaks the site's default language (Vietnamese) to staff, so texts are checked in Vietnamese.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from investors.applications.models import ApplicationStatus, InvestmentApplication
from tests.factories.accounts import sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move, officer

pytestmark = pytest.mark.django_db

INBOX = "/admin/applications/inbox/"


def submitted_rows(count):
    """`count` submitted applications created directly (fast), half foreign, some overdue."""
    rows = []
    for number in range(count):
        application = ApplicationFactory(
            status=ApplicationStatus.SCREENING,
            reference=f"DLSP-2026-{number + 1:06d}",
            country="VN" if number % 2 else "JP",
            submitted_at=timezone.now(),
        )
        rows.append(application)
    return rows


def make_late(application):
    month_ago = timezone.now() - datetime.timedelta(days=30)
    InvestmentApplication.objects.filter(pk=application.pk).update(step_started_at=month_ago)


def inbox_queries(client, count):
    InvestmentApplication.objects.all().delete()
    submitted_rows(count)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INBOX + "?per_page=200")
    assert response.status_code == 200
    return len(queries)


def test_the_inbox_costs_the_same_queries_for_10_or_200_applications(client):
    sign_in_staff(client, officer())
    assert inbox_queries(client, 10) == inbox_queries(client, 200)


def test_the_inbox_filters_by_origin_status_and_overdue(client):
    sign_in_staff(client, officer())
    late, recent = submitted_rows(2)  # late is foreign (JP), recent is domestic
    InvestmentApplication.objects.filter(pk=late.pk).update(
        step_started_at=timezone.now() - datetime.timedelta(days=30)
    )
    page = client.get(INBOX + "?overdue=yes").content.decode()
    assert late.reference in page and recent.reference not in page
    page = client.get(INBOX + "?origin=domestic").content.decode()
    assert recent.reference in page and late.reference not in page
    page = client.get(INBOX + "?q=" + recent.reference).content.decode()
    assert recent.reference in page


def test_drafts_never_appear_in_the_inbox(client):
    sign_in_staff(client, officer())
    draft = ApplicationFactory(company_name="Still Drafting Ltd")
    assert draft.company_name not in client.get(INBOX).content.decode()


def test_the_inbox_exports_a_spreadsheet(client):
    sign_in_staff(client, officer())
    submitted_rows(3)
    response = client.get(INBOX + "?export=xlsx")
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_an_officer_sees_their_buttons_and_moves_the_file_with_a_note(client):
    staff = officer()
    application = move(ApplicationFactory(), "submit", officer_user=staff)
    sign_in_staff(client, staff)
    url = f"/admin/applications/inbox/review/{application.pk}/"
    page = client.get(url).content.decode()
    assert "Bắt đầu kiểm tra hồ sơ" in page and "Chấp thuận" not in page and "registration.pdf" in page
    missing_note = client.post(url, {"action": "transition", "step": "start_screening", "note": ""})
    assert missing_note.status_code == 200
    client.post(
        url,
        {"action": "transition", "step": "start_screening", "note": "Checking completeness.", "audience": "internal"},
    )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SCREENING and application.assigned_officer == staff


def test_a_director_cannot_screen_and_sees_an_error_message(client):
    application = move(ApplicationFactory(), "submit")
    sign_in_staff(client, director())
    url = f"/admin/applications/inbox/review/{application.pk}/"
    response = client.post(
        url, {"action": "transition", "step": "start_screening", "note": "x", "audience": "internal"}, follow=True
    )
    assert "không có quyền" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_internal_notes_are_kept_for_staff(client):
    staff = officer()
    application = move(ApplicationFactory(), "submit")
    sign_in_staff(client, staff)
    url = f"/admin/applications/inbox/review/{application.pk}/"
    client.post(url, {"action": "message", "body": "Call the bank first.", "audience": "internal"})
    assert "Call the bank first." in client.get(url).content.decode()
    assert application.messages.get().internal


def test_the_dashboard_lists_work_waiting_for_the_user_overdue_first(client):
    staff = officer()
    fresh, late = move(ApplicationFactory(), "submit"), move(ApplicationFactory(), "submit")
    InvestmentApplication.objects.filter(pk=late.pk).update(
        step_started_at=timezone.now() - datetime.timedelta(days=30)
    )
    sign_in_staff(client, staff)
    page = client.get("/admin/").content.decode()
    assert "Hồ sơ của tôi theo mức khẩn" in page  # the officer's panel (dashboards.py)
    assert page.index(late.reference) < page.index(fresh.reference)


def review_page_queries(client, staff, exchanges):
    """Queries of the review page of a file with `exchanges` messages each way, each with an attachment."""
    from investors.applications import services
    from tests.factories.applications import pdf_upload, submitted_application

    application = submitted_application()
    for number in range(exchanges):
        services.post_message(application.pk, staff, f"Question {number}", internal=False)
        services.post_message(
            application.pk, application.applicant, f"Answer {number}", uploads=[pdf_upload(f"answer-{number}.pdf")]
        )
    url = f"{INBOX}review/{application.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and f"Answer {exchanges - 1}" in response.text
    return len(queries)


def test_the_review_page_costs_the_same_queries_for_a_short_or_a_long_thread(client):
    staff = officer()
    sign_in_staff(client, staff)
    assert review_page_queries(client, staff, 1) == review_page_queries(client, staff, 12)
