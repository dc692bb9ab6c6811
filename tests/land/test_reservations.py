"""Reservations end: a staff-set default period, an end date the officer can move, the scheduler's release
of ended reservations (logged as the system, race-safe with officers on PostgreSQL), and the land
officer's admin home listing reservations ending soon and parcels asked for by files awaiting a decision."""

import datetime
import threading

from django.db import connection, transaction
from django.utils import timezone

import pytest

from core import scheduler
from investors.applications.models import ApplicationStatus
from land import services
from land.models import LandSettings, Parcel, ParcelStatus, ParcelStatusChange
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, officer
from tests.factories.land import ParcelFactory

JOB = "land-release-expired-reservations"


def days(count):
    return timezone.localdate() + datetime.timedelta(days=count)


def reserved(parcel, until):
    Parcel.objects.filter(pk=parcel.pk).update(status=ParcelStatus.RESERVED, reserved_until=until)
    parcel.refresh_from_db()
    return parcel


@pytest.mark.django_db
def test_a_reservation_holds_the_parcel_for_the_period_staff_set(land_officer):
    settings = LandSettings.load()
    settings.reservation_days = 30
    settings.save()
    parcel = ParcelFactory()

    services.reserve(parcel.code, actor=land_officer, reason="Quyết định chấp thuận")

    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.RESERVED
    assert parcel.reserved_until == days(30)
    entry = parcel.status_changes.get()
    assert entry.reserved_until == days(30) and entry.reason == "Quyết định chấp thuận"  # the reason kept as typed


@pytest.mark.django_db
def test_a_reservation_cannot_be_set_to_end_in_the_past(land_officer):
    parcel = ParcelFactory()

    with pytest.raises(services.InvalidTransition):
        services.reserve(parcel.code, actor=land_officer, reason="x", until=days(-1))

    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.AVAILABLE and parcel.reserved_until is None


@pytest.mark.django_db
def test_the_officer_extends_a_reservation_from_the_change_status_page(client, land_officer):
    parcel = reserved(ParcelFactory(), days(3))
    sign_in_staff(client, land_officer)

    response = client.post(
        f"/admin/land/parcels/{parcel.pk}/status/",
        {"action": "extend", "reason": "Nhà đầu tư xin gia hạn", "until": days(60).isoformat()},
    )

    assert response.status_code == 302
    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.RESERVED and parcel.reserved_until == days(60)
    page = client.get(f"/admin/land/parcels/{parcel.pk}/status/").content.decode()
    assert "Giữ chỗ đến " + days(60).strftime("%d/%m/%Y") in page


@pytest.mark.django_db
def test_leasing_or_releasing_clears_the_reservation_end(land_officer):
    parcel = reserved(ParcelFactory(), days(10))

    services.lease(parcel.code, actor=land_officer, reason="Hợp đồng thuê đã ký")

    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.LEASED and parcel.reserved_until is None


@pytest.mark.django_db
def test_the_scheduler_releases_ended_reservations_and_logs_it_as_the_system():
    ended = reserved(ParcelFactory(), days(-1))
    ends_today = reserved(ParcelFactory(), days(0))

    outcomes = scheduler.run_due(only=[JOB])

    assert JOB in outcomes and outcomes[JOB].startswith("ok")
    ended.refresh_from_db()
    ends_today.refresh_from_db()
    assert ended.status == ParcelStatus.AVAILABLE and ended.reserved_until is None
    assert ends_today.status == ParcelStatus.RESERVED
    entry = ParcelStatusChange.objects.get(parcel=ended)
    assert entry.actor is None and entry.to_status == ParcelStatus.AVAILABLE
    assert days(-1).strftime("%d/%m/%Y") in entry.reason


@pytest.mark.django_db
def test_the_release_job_checks_each_parcel_again_after_reading_the_list():
    """The same race on any database: the officer's extension lands between the job's list and its lock."""
    parcel = reserved(ParcelFactory(), days(-1))
    extended = []

    def officer_extends_meanwhile(execute, sql, params, many, context):
        # The job's second read of the parcel (the one it locks) asks for one row by code.
        if not extended and "LIMIT 1" in sql and '"land_parcel"."code" = ' in sql:
            extended.append(True)
            Parcel.objects.filter(pk=parcel.pk).update(reserved_until=days(30))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(officer_extends_meanwhile):
        released = services.release_expired_reservations()

    parcel.refresh_from_db()
    assert extended and released == []
    assert parcel.status == ParcelStatus.RESERVED and parcel.reserved_until == days(30)
    assert not ParcelStatusChange.objects.filter(parcel=parcel).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_release_job_leaves_a_reservation_an_officer_extends_at_the_same_moment():
    parcel = reserved(ParcelFactory(), days(-1))
    locked, finished = threading.Event(), threading.Event()
    released = []

    def run_job():
        try:
            locked.wait(5)
            released.extend(services.release_expired_reservations())
        finally:
            finished.set()
            connection.close()

    job = threading.Thread(target=run_job)
    job.start()
    with transaction.atomic():  # the officer's extension holds the row while the job reaches it
        Parcel.objects.select_for_update().get(pk=parcel.pk)
        locked.set()
        assert not finished.wait(1), "the job must wait for the officer's lock"
        Parcel.objects.filter(pk=parcel.pk).update(reserved_until=days(30))
    job.join(10)

    parcel.refresh_from_db()
    assert released == []
    assert parcel.status == ParcelStatus.RESERVED and parcel.reserved_until == days(30)
    assert not ParcelStatusChange.objects.filter(parcel=parcel).exists()


@pytest.mark.django_db
def test_the_land_officer_sees_reservations_ending_soon_on_the_admin_home(client, land_officer):
    soon = reserved(ParcelFactory(), days(2))
    ended = reserved(ParcelFactory(), days(-1))
    later = reserved(ParcelFactory(), days(200))
    sign_in_staff(client, land_officer)

    html = client.get("/admin/").content.decode()

    assert "Giữ chỗ hết hạn trong 14 ngày tới" in html
    assert f'href="/admin/land/parcels/{soon.pk}/status/"' in html
    assert html.index(f"/admin/land/parcels/{ended.pk}/status/") < html.index(f"/admin/land/parcels/{soon.pk}/status/")
    assert f"/admin/land/parcels/{later.pk}/status/" not in html


@pytest.mark.django_db
def test_the_land_officer_sees_parcels_asked_for_by_files_awaiting_a_decision(client, land_officer):
    parcel = ParcelFactory()
    waiting = ApplicationFactory(
        status=ApplicationStatus.APPRAISAL,
        parcel_codes=[parcel.code],
        company_name="Công ty Bí Mật",
        reference="DLSP-2026-900001",
    )
    decided = ApplicationFactory(
        status=ApplicationStatus.APPROVED, parcel_codes=["P-999"], reference="DLSP-2026-900002"
    )
    sign_in_staff(client, land_officer)

    html = client.get("/admin/").content.decode()

    assert "Lô đất chờ quyết định" in html
    assert waiting.reference in html and parcel.code in html
    assert decided.reference not in html
    assert "Công ty Bí Mật" not in html  # land officers do not read applications


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "investment officer", "director", "training coordinator"])
def test_other_roles_do_not_see_the_land_officers_panels(client, role):
    reserved(ParcelFactory(), days(2))
    ApplicationFactory(status=ApplicationStatus.APPRAISAL, parcel_codes=["A-1"])
    user = {
        "editor": lambda: StaffFactory(groups=["Editor"]),
        "investment officer": officer,
        "director": director,
        "training coordinator": lambda: StaffFactory(groups=["Training coordinator"]),
    }[role]()
    sign_in_staff(client, user)

    html = client.get("/admin/").content.decode()

    assert 'id="land_reservations_ending"' not in html
    assert 'id="applications_parcels_awaiting_decision"' not in html
