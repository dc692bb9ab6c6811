"""Records written by the system (demo seeding, imports, tasks, or by a staff account removed since) carry
no user; every admin page that lists them shows "System" instead of failing."""

import pytest

from investors.applications.models import Message, StatusChange
from land.models import ParcelStatusChange
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.applications import officer, submitted_application
from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db


def test_the_parcel_status_page_shows_system_changes_as_made_by_the_system(client):
    parcel = ParcelFactory(status="leased")
    ParcelStatusChange.objects.create(
        parcel=parcel, parcel_code=parcel.code, from_status="available", to_status="leased", reason="Demo seed."
    )
    land_officer = StaffFactory(groups=["Land officer"], full_name="Trần Thị Lan")
    sign_in_staff(client, land_officer)

    response = client.get(f"/admin/land/parcels/{parcel.pk}/status/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Demo seed." in page
    assert "<td>Hệ thống</td>" in page  # "System", in the staff's Vietnamese


def test_the_application_review_page_shows_system_entries(client):
    application = submitted_application()
    StatusChange.objects.create(
        application=application, from_status="submitted", to_status="submitted", actor=None, note="Nhập từ hệ thống cũ."
    )
    Message.objects.create(application=application, author=None, body="Tin nhắn tự động.")
    reviewer = officer()
    sign_in_staff(client, reviewer)

    response = client.get(f"/admin/applications/inbox/review/{application.pk}/")

    assert response.status_code == 200
    assert "Tin nhắn tự động." in response.content.decode()
