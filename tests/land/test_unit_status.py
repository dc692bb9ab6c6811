"""Office units are reserved, leased and released only through land.services, under the unit's row lock,
with a log entry naming who and why; the admin's "Change status" page is the one place staff do it, and
the unit's edit form no longer offers the status."""

import threading

from django.core.exceptions import PermissionDenied
from django.db import connection

import pytest

from land import services
from land.models import Unit, UnitStatus, UnitStatusChange
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.land import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(db):
    return StaffFactory(groups=["Land officer"], full_name="Phạm Thu Hà")


def test_reserving_then_leasing_then_releasing_a_unit_is_logged_with_who_and_why(officer):
    unit = UnitFactory()
    services.reserve_unit(unit.code, actor=officer, reason="Thỏa thuận giữ chỗ", reference="HS-2026-0007")
    services.lease_unit(unit.code.lower(), actor=officer, reason="Hợp đồng thuê đã ký")
    unit = services.release_unit(unit.code, actor=officer, reason="Hết hạn hợp đồng")
    assert unit.status == UnitStatus.AVAILABLE and unit.status_changed_at is not None
    log = list(UnitStatusChange.objects.filter(unit=unit).order_by("id"))
    assert [(entry.from_status, entry.to_status) for entry in log] == [
        ("available", "reserved"), ("reserved", "leased"), ("leased", "available"),
    ]  # fmt: skip
    assert log[0].actor == officer and log[0].reference == "HS-2026-0007" and log[1].reason == "Hợp đồng thuê đã ký"


def test_an_invalid_change_is_refused_with_a_translated_reason_and_nothing_logged(officer, settings):
    unit = UnitFactory(status=UnitStatus.LEASED)
    from django.utils import translation

    with translation.override("vi"), pytest.raises(services.InvalidTransition) as refused:
        services.reserve_unit(unit.code, actor=officer, reason="Thử")
    assert unit.code in str(refused.value) and "đã cho thuê" in str(refused.value).lower()
    with pytest.raises(services.InvalidTransition):
        services.release_unit(UnitFactory().code, actor=officer, reason="Thử")  # available: nothing to release
    with pytest.raises(services.InvalidTransition):
        services.lease_unit(unit.code, actor=officer, reason="   ")  # a reason is required
    with pytest.raises(services.UnitNotFound):
        services.reserve_unit("T9-999", actor=officer, reason="Thử")
    assert not UnitStatusChange.objects.exists()
    unit.refresh_from_db()
    assert unit.status == UnitStatus.LEASED


def test_staff_without_the_unit_status_permission_cannot_change_it_and_are_told_why():
    from django.utils import translation

    unit = UnitFactory()
    with translation.override("en"), pytest.raises(PermissionDenied) as refused:
        services.reserve_unit(unit.code, actor=StaffFactory(groups=["Editor"]), reason="Thử")
    assert str(refused.value) == "You are not allowed to change the status of office units."
    unit.refresh_from_db()
    assert unit.status == UnitStatus.AVAILABLE


def test_a_change_made_without_a_file_reference_logs_none(officer):
    unit = UnitFactory()
    services.reserve_unit(unit.code, actor=officer, reason="Giữ chỗ cho khách")
    assert UnitStatusChange.objects.get(unit=unit).reference == ""


def test_the_admin_change_status_page_reserves_a_unit_and_shows_the_log(client, officer):
    unit = UnitFactory()
    sign_in_staff(client, officer)
    listing = client.get("/admin/snippets/land/unit/").content.decode()
    assert f"/admin/land/units/{unit.pk}/status/" in listing
    response = client.post(f"/admin/land/units/{unit.pk}/status/", {"action": "reserve", "reason": "Giữ chỗ"})
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.status == UnitStatus.RESERVED
    page = client.get(f"/admin/land/units/{unit.pk}/status/").content.decode()
    assert "Giữ chỗ" in page and "Phạm Thu Hà" in page
    assert 'value="reserve"' not in page and 'value="lease"' in page and 'value="release"' in page


def test_the_admin_status_page_refuses_a_change_the_status_no_longer_allows(client, officer):
    unit = UnitFactory()
    sign_in_staff(client, officer)
    Unit.objects.filter(pk=unit.pk).update(status=UnitStatus.LEASED)  # leased meanwhile, by someone else
    response = client.post(f"/admin/land/units/{unit.pk}/status/", {"action": "reserve", "reason": "Giữ chỗ"})
    assert response.status_code == 200 and not UnitStatusChange.objects.exists()


def test_the_unit_edit_form_no_longer_sets_the_status(client, officer):
    unit = UnitFactory()
    sign_in_staff(client, officer)
    form = client.get(f"/admin/snippets/land/unit/edit/{unit.pk}/").content.decode()
    assert 'name="status"' not in form


def test_the_status_page_is_closed_to_visitors_and_to_staff_without_permission(client):
    unit = UnitFactory()
    assert client.get(f"/admin/land/units/{unit.pk}/status/").status_code == 302
    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    refused = client.get(f"/admin/land/units/{unit.pk}/status/")  # Wagtail sends them to the dashboard
    assert refused.status_code in (302, 403) and refused.get("Location", "/admin/") == "/admin/"
    response = client.post(f"/admin/land/units/{unit.pk}/status/", {"action": "reserve", "reason": "x"})
    assert response.status_code in (302, 403)
    unit.refresh_from_db()
    assert unit.status == UnitStatus.AVAILABLE


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_ten_concurrent_reservations_of_one_unit_let_exactly_one_win():
    unit = UnitFactory()
    officers = [StaffFactory(groups=["Land officer"]) for _ in range(10)]
    barrier = threading.Barrier(len(officers))
    outcomes = []

    def reserve(officer):
        try:
            barrier.wait()
            services.reserve_unit(unit.code, actor=officer, reason="concurrent test")
            outcomes.append("won")
        except services.InvalidTransition:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=reserve, args=(officer,)) for officer in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused"] * 9 + ["won"]
    assert UnitStatusChange.objects.filter(unit=unit).count() == 1
    unit.refresh_from_db()
    assert unit.status == UnitStatus.RESERVED
