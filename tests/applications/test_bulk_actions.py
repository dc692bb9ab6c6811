"""Bulk actions of the inbox: tick several files, assign them to an officer in one go (each assignment
checked, e-mailed and on the file's staff timeline) or export just those rows as a spreadsheet; staff
without the permission get 403."""

import io

from django.utils import timezone

import pytest
from openpyxl import load_workbook

from investors.applications.models import ApplicationStatus, InvestmentApplication, OfficerAssignment
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, officer

pytestmark = pytest.mark.django_db

INBOX = "/admin/applications/inbox/"
ASSIGN = "/admin/bulk/applications/investmentapplication/assign/"
EXPORT = "/admin/bulk/applications/investmentapplication/export/"


def open_files(count, status=ApplicationStatus.SCREENING, start=1):
    return [
        ApplicationFactory(status=status, reference=f"DLSP-2026-{start + number:06d}", submitted_at=timezone.now())
        for number in range(count)
    ]


def ids(applications):
    return "?" + "&".join(f"id={application.pk}" for application in applications)


def test_the_inbox_has_tick_boxes_and_the_bulk_actions(client):
    files = open_files(2)
    sign_in_staff(client, director())

    html = client.get(INBOX).content.decode()

    assert f'data-object-id="{files[0].pk}"' in html and "data-bulk-action-checkbox" in html
    assert "Giao cho cán bộ" in html and "Xuất bảng tính" in html
    assert f'id="application_{files[0].pk}_title"' in html  # the tick box's accessible description


def test_assigning_several_files_at_once_puts_each_assignment_on_its_timeline(client):
    lead = director()
    chosen = officer(full_name="Trần Thị Giao")
    files = open_files(3)
    sign_in_staff(client, lead)

    confirm = client.get(ASSIGN + ids(files[:2]))
    assert confirm.status_code == 200 and files[0].reference in confirm.content.decode()
    response = client.post(ASSIGN + ids(files[:2]) + f"&next={INBOX}", {"officer": chosen.pk})

    assert response.status_code == 302
    assert {a.assigned_officer_id for a in InvestmentApplication.objects.filter(pk__in=[f.pk for f in files[:2]])} == {
        chosen.pk
    }
    assert InvestmentApplication.objects.get(pk=files[2].pk).assigned_officer_id is None
    assert OfficerAssignment.objects.filter(officer=chosen, assigned_by=lead).count() == 2
    review = client.get(f"{INBOX}review/{files[0].pk}/").content.decode()
    assert "Đã giao cho Trần Thị Giao" in review


def test_a_bulk_assignment_leaves_closed_files_with_their_officer(client):
    handled_by = officer()
    closed = open_files(1, status=ApplicationStatus.APPROVED)[0]
    InvestmentApplication.objects.filter(pk=closed.pk).update(assigned_officer=handled_by)
    still_open = open_files(1, start=50)[0]
    sign_in_staff(client, director())

    client.post(ASSIGN + ids([closed, still_open]), {"officer": officer().pk})

    assert InvestmentApplication.objects.get(pk=closed.pk).assigned_officer_id == handled_by.pk
    assert InvestmentApplication.objects.get(pk=still_open.pk).assigned_officer_id is not None


@pytest.mark.parametrize("group", ["Land officer", "Training coordinator", "Editor"])
def test_staff_without_the_assign_permission_get_403(client, group):
    files = open_files(2)
    sign_in_staff(client, StaffFactory(groups=[group]))

    assert client.get(ASSIGN + ids(files)).status_code == 403
    assert client.post(ASSIGN + ids(files), {"officer": officer().pk}).status_code == 403
    assert not InvestmentApplication.objects.filter(assigned_officer__isnull=False).exists()


def test_exporting_the_selected_files_gives_a_spreadsheet_of_those_rows_only(client):
    files = open_files(3)
    sign_in_staff(client, officer())

    response = client.get(EXPORT + ids(files[:2]), follow=True)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    references = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert references == {files[0].reference, files[1].reference}


@pytest.mark.parametrize("group", ["Land officer", "Training coordinator"])
def test_staff_who_may_not_read_applications_get_403_on_export(client, group):
    open_files(1)
    sign_in_staff(client, StaffFactory(groups=[group]))

    assert client.get(EXPORT + "?id=all").status_code == 403
