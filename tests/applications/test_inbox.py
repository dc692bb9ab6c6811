"""The inbox a reviewer opens every day: open files, the nearest deadline first; their own files and the
closed ones one click away; references on one line and moments written 29/11/2026 10:33."""

import datetime
import re

from django.utils import timezone

import pytest

from investors.applications.models import ApplicationStatus, InvestmentApplication
from investors.applications.queues import by_urgency
from tests.factories.accounts import sign_in_staff
from tests.factories.applications import ApplicationFactory, officer

pytestmark = pytest.mark.django_db

INBOX = "/admin/applications/inbox/"


def file(reference, status, started_days_ago, **kwargs):
    application = ApplicationFactory(reference=reference, status=status, submitted_at=timezone.now(), **kwargs)
    started = timezone.now() - datetime.timedelta(days=started_days_ago)
    InvestmentApplication.objects.filter(pk=application.pk).update(step_started_at=started)
    return application


def references_in(response):
    """The references listed, in order, each once (a row names its file in its link and its menu)."""
    return list(dict.fromkeys(re.findall(r"DLSP-2026-\d{6}", response.content.decode())))


def test_the_inbox_opens_on_open_files_the_nearest_deadline_first(client):
    sign_in_staff(client, officer())
    # appraisal lasts 15 working days, screening 5: the screening file started later is due sooner.
    file("DLSP-2026-000001", ApplicationStatus.APPRAISAL, 3)
    file("DLSP-2026-000002", ApplicationStatus.SCREENING, 1)
    file("DLSP-2026-000003", ApplicationStatus.SCREENING, 30)  # overdue
    file("DLSP-2026-000004", ApplicationStatus.APPROVED, 40, decided_at=timezone.now())

    response = client.get(INBOX)

    assert response.status_code == 200
    assert references_in(response) == ["DLSP-2026-000003", "DLSP-2026-000002", "DLSP-2026-000001"]
    due = [row.due_on for row in by_urgency(InvestmentApplication.objects.all())]
    assert due == sorted(due)


def test_assigned_to_me_and_closed_files_are_one_click_away(client):
    me = officer()
    sign_in_staff(client, me)
    file("DLSP-2026-000011", ApplicationStatus.SCREENING, 2, assigned_officer=me)
    file("DLSP-2026-000012", ApplicationStatus.SCREENING, 2, assigned_officer=officer())
    file("DLSP-2026-000013", ApplicationStatus.REJECTED, 9, decided_at=timezone.now())

    inbox = client.get(INBOX).content.decode()
    assert f'href="{INBOX}?files=mine"' in inbox and f'href="{INBOX}?files=closed"' in inbox
    assert references_in(client.get(INBOX + "?files=mine")) == ["DLSP-2026-000011"]
    assert references_in(client.get(INBOX + "?files=closed")) == ["DLSP-2026-000013"]


def test_references_stay_on_one_line_and_moments_read_day_month_year(client):
    sign_in_staff(client, officer())
    application = file("DLSP-2026-000021", ApplicationStatus.SCREENING, 1)
    moment = timezone.make_aware(datetime.datetime(2026, 11, 29, 10, 33), timezone.get_fixed_timezone(7 * 60))
    InvestmentApplication.objects.filter(pk=application.pk).update(submitted_at=moment)

    html = client.get(INBOX).content.decode()

    assert "29/11/2026 10:33" in html
    cell = re.search(r'<td class="([^"]*)">(?:(?!</td>).)*?DLSP-2026-000021', html, re.S)
    assert "w-whitespace-nowrap" in cell.group(1)
    assert re.search(rf'href="/admin/applications/inbox/(review|inspect)/{application.pk}/"', html)  # opens the file
