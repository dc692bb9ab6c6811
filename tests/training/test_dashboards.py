"""The training coordinator's day on the admin home: next sessions, attendance still to take, waitlists;
a cohort opens its overview, a session its attendance sheet titled with the session."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, programme
from training.dashboards import CoordinatorPanel

pytestmark = pytest.mark.django_db


def coordinator():
    return StaffFactory(groups=["Training coordinator"], full_name="Điều phối viên")


def past_session(cohort, days_ago):
    return SessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(days=days_ago))


def test_the_coordinator_sees_next_sessions_attendance_to_take_and_waitlists(client, site_tree):
    page_vi, _page_en = programme(site_tree)
    cohort = CohortFactory.for_programme(page_vi, code="WEB-2026-09", seats=1)
    upcoming = SessionFactory(cohort=cohort, topic_vi="Buổi sắp tới")
    untaken = past_session(cohort, 2)
    RegistrationFactory(cohort=cohort)
    RegistrationFactory(cohort=cohort, status="waitlisted")
    sign_in_staff(client, coordinator())

    html = client.get("/admin/").content.decode()

    assert "Các khóa của tôi" in html and "Buổi sắp tới" in html
    assert f'href="/admin/training/cohorts/inspect/{cohort.pk}/"' in html
    assert f'href="/admin/training/cohorts/attendance/{untaken.pk}/"' in html
    assert f"attendance/{upcoming.pk}/" not in html
    assert "1 người đang chờ" in html


def test_a_cohort_opens_its_overview_and_the_attendance_page_is_titled_with_the_session(client, site_tree):
    page_vi, _page_en = programme(site_tree)
    cohort = CohortFactory.for_programme(page_vi, code="DATA-2026-10")
    session = past_session(cohort, 1)
    sign_in_staff(client, coordinator())

    overview = client.get(f"/admin/training/cohorts/inspect/{cohort.pk}/").content.decode()
    sheet = client.get(f"/admin/training/cohorts/attendance/{session.pk}/").content.decode()

    assert f"/admin/training/cohorts/attendance/{session.pk}/" in overview
    title = sheet.split("<title>")[1].split("</title>")[0]
    assert str(session) in title and "Trang chủ" not in title
    assert f'href="/admin/training/cohorts/inspect/{cohort.pk}/"' in sheet  # breadcrumb back to the overview


def test_other_staff_get_no_coordinator_panel(client):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    assert "Các khóa của tôi" not in client.get("/admin/").content.decode()


def test_the_panel_costs_the_same_queries_for_10_or_50_cohorts(site_tree, django_assert_num_queries):
    page_vi, _page_en = programme(site_tree)

    def add(count):
        for _ in range(count):
            cohort = CohortFactory.for_programme(page_vi, seats=1)
            SessionFactory(cohort=cohort)
            past_session(cohort, 1)
            RegistrationFactory(cohort=cohort)
            RegistrationFactory(cohort=cohort, status="waitlisted")

    add(10)
    with CaptureQueriesContext(connection) as ten:
        CoordinatorPanel().render_html({})
    add(40)
    with django_assert_num_queries(len(ten)):
        CoordinatorPanel().render_html({})
