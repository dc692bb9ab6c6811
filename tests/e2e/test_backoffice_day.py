"""A back-office day in Vietnamese, through the admin home's role dashboards, with no serious or critical
accessibility problem (axe) on any screen met.

The officer opens the admin, finds their files by urgency, goes to their inbox ("assigned to me"), then
the closed files. The training coordinator opens a cohort from the dashboard (its overview), then the
attendance sheet of a session still to take, titled with the session rather than "Trang chủ".
"""

import datetime
import re
import uuid

from django.utils import timezone

import pytest

from .test_accessibility import _blocking_violations

pytestmark = pytest.mark.e2e


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def axe_clean(tab, where):
    problems = _blocking_violations(tab)
    assert not problems, f"{where}: " + "; ".join(f"{p['id']} ({p['impact']})" for p in problems)


def test_an_officers_day_through_the_dashboard_and_inbox(demo, new_page):
    from django.contrib.auth import get_user_model

    from investors.applications.models import ApplicationStatus, InvestmentApplication
    from tests.factories.applications import ApplicationFactory

    officer = get_user_model().objects.get(email="officer@demo.dalatpark.vn")
    mine = ApplicationFactory(
        reference=f"DLSP-2026-{uuid.uuid4().int % 900000 + 100000}",
        status=ApplicationStatus.SCREENING,
        assigned_officer=officer,
        submitted_at=timezone.now(),
        company_name="Công ty Hạn Gấp",
    )
    InvestmentApplication.objects.filter(pk=mine.pk).update(
        step_started_at=timezone.now() - datetime.timedelta(days=40)
    )
    tab = new_page("desktop", locale="vi-VN")

    demo.sign_in_admin(tab, "officer")
    panel = tab.locator("section", has=tab.get_by_role("heading", name="Hồ sơ của tôi theo mức khẩn"))
    expect(panel.get_by_role("link", name=mine.reference)).to_be_visible()
    assert "Khu Công viên phần mềm Đà Lạt" in tab.title()
    axe_clean(tab, "admin home (officer)")

    panel.get_by_role("link", name="Mở hộp hồ sơ").click()
    expect(tab).to_have_url(re.compile(r"/admin/applications/inbox/\?files=mine$"))
    expect(tab.get_by_role("link", name=mine.reference)).to_be_visible()
    axe_clean(tab, "inbox, assigned to me")

    tab.get_by_role("link", name="Hồ sơ đã đóng").click()
    expect(tab).to_have_url(re.compile(r"files=closed$"))
    expect(tab.get_by_role("link", name=mine.reference)).to_have_count(0)
    axe_clean(tab, "inbox, closed files")


def test_a_training_coordinators_day_from_cohort_to_attendance_sheet(demo, new_page):
    from tests.factories.training import SessionFactory
    from training.models import Cohort

    cohort = Cohort.objects.order_by("pk").first()
    session = SessionFactory(
        cohort=cohort, starts_at=timezone.now() - datetime.timedelta(hours=3), topic_vi="Buổi hôm nay"
    )
    tab = new_page("desktop", locale="vi-VN")

    demo.sign_in_admin(tab, "training")
    panel = tab.locator("section", has=tab.get_by_role("heading", name="Các khóa của tôi"))
    expect(panel).to_be_visible()
    axe_clean(tab, "admin home (training coordinator)")

    tab.goto(f"/admin/training/cohorts/inspect/{cohort.pk}/")
    sheet_link = tab.locator(f'a[href$="/admin/training/cohorts/attendance/{session.pk}/"]').first
    expect(sheet_link).to_be_visible()
    axe_clean(tab, "cohort overview")

    sheet_link.click()
    expect(tab).to_have_url(re.compile(rf"/attendance/{session.pk}/$"))
    assert str(session) in tab.title() and "Trang chủ" not in tab.title()
    expect(tab.get_by_role("heading", level=1)).to_contain_text("Điểm danh")
    axe_clean(tab, "attendance sheet")

    tab.goto("/admin/")
    to_take = tab.locator("section", has=tab.get_by_role("heading", name="Các khóa của tôi")).get_by_role(
        "link", name=re.compile(r"^Điểm danh: ")
    )
    expect(to_take.first).to_be_visible()
    to_take.first.click()
    assert "/attendance/" in tab.url and "Trang chủ" not in tab.title()
