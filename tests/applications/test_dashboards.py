"""Role dashboards on the admin home: the officer's files by urgency, the director's decisions waiting
and the team's overdue files; each panel costs the same queries for 10 or 50 files."""

import datetime
import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from investors.applications.dashboards import director_panels, officer_panels
from investors.applications.models import ApplicationStatus, InvestmentApplication
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, officer

pytestmark = pytest.mark.django_db
NUMBERS = itertools.count(1)


def files(count, status, days_ago=1, **kwargs):
    made = [
        ApplicationFactory(status=status, reference=f"DLSP-2026-{next(NUMBERS):06d}", **kwargs) for _ in range(count)
    ]
    started = timezone.now() - datetime.timedelta(days=days_ago)
    InvestmentApplication.objects.filter(pk__in=[a.pk for a in made]).update(step_started_at=started)
    return made


def queries_of(make_panels, user):
    """Queries to build and render the panels (the deadline lookup happens when a panel is built)."""
    with CaptureQueriesContext(connection) as captured:
        for panel in make_panels(user):
            panel.render_html({})
    return len(captured)


def test_the_officer_sees_their_files_most_urgent_first(client):
    me = officer(full_name="Chuyên viên Một")
    late = files(1, ApplicationStatus.SCREENING, days_ago=30, assigned_officer=me)[0]
    recent = files(1, ApplicationStatus.SUBMITTED, days_ago=0, assigned_officer=me)[0]
    someone_elses = files(1, ApplicationStatus.SCREENING, assigned_officer=officer())[0]
    sign_in_staff(client, me)

    html = client.get("/admin/").content.decode()

    assert "Hồ sơ của tôi theo mức khẩn" in html
    assert html.index(late.reference) < html.index(recent.reference)
    assert someone_elses.reference not in html
    assert "Hồ sơ chờ quyết định" not in html  # the director's panel


def test_the_director_sees_decisions_waiting_and_the_teams_overdue_files(client):
    waiting = files(1, ApplicationStatus.APPRAISAL)[0]
    overdue = files(1, ApplicationStatus.SCREENING, days_ago=40, assigned_officer=officer(full_name="Lê Văn Chậm"))[0]
    on_time = files(1, ApplicationStatus.SCREENING, days_ago=0)[0]
    sign_in_staff(client, director())

    html = client.get("/admin/").content.decode()

    decisions, overdue_panel = html.split("Hồ sơ quá hạn của cả nhóm")
    assert waiting.reference in decisions.split("Hồ sơ chờ quyết định")[1]
    assert overdue.reference in overdue_panel and "Lê Văn Chậm" in overdue_panel
    assert on_time.reference not in overdue_panel


def test_staff_without_the_permissions_get_no_application_panels():
    editor = StaffFactory(groups=["Editor"])
    assert officer_panels(editor) == [] and director_panels(editor) == []


@pytest.mark.parametrize("role", ["officer", "director"])
def test_each_panel_costs_the_same_queries_for_10_or_50_files(role, django_assert_num_queries):
    user = officer() if role == "officer" else director()
    make_panels = officer_panels if role == "officer" else director_panels
    status = ApplicationStatus.SCREENING if role == "officer" else ApplicationStatus.APPRAISAL

    batch = files(10, status, days_ago=40, assigned_officer=officer())
    InvestmentApplication.objects.filter(pk__in=[a.pk for a in batch]).update(assigned_officer=user)
    queries_of(make_panels, user)  # the user's permissions are loaded (and cached) once
    ten = queries_of(make_panels, user)
    more = files(40, status, days_ago=41, assigned_officer=officer())
    InvestmentApplication.objects.filter(pk__in=[a.pk for a in more]).update(assigned_officer=user)

    with django_assert_num_queries(ten):
        for panel in make_panels(user):
            panel.render_html({})
