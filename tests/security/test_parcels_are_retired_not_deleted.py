"""A reserved or leased parcel is a record staff cannot lose: the admin refuses to delete it and offers
retiring instead; a retired parcel leaves every public listing but its record and history remain."""

import json

from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError

from wagtail.models import ModelLogEntry

import pytest

from land import services
from land.demo.seeding import seed_pages
from land.models import Parcel, ParcelStatusChange
from search.indexing import rebuild_database
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def land_officer(db):
    return StaffFactory(groups=["Land officer"], full_name="Trần Thị Lan")


@pytest.fixture
def parcels(site_tree, settings):
    """A-77 leased (its status log written by the system, no user), A-78 reserved, A-79 available."""
    settings.ELASTICSEARCH_URL = ""
    seed_pages(site_tree)
    zone = ZoneFactory(code="A")
    leased = ParcelFactory(zone=zone, code="A-77", status="leased", summary_en="Lakeside parcel for a campus.")
    ParcelStatusChange.objects.create(
        parcel=leased, parcel_code="A-77", from_status="available", to_status="leased", actor=None, reason="Seeded."
    )
    reserved = ParcelFactory(zone=zone, code="A-78", status="reserved")
    available = ParcelFactory(zone=zone, code="A-79", status="available")
    rebuild_database(log=lambda message: None)
    return leased, reserved, available


def test_the_admin_refuses_to_delete_a_leased_parcel_and_offers_retiring(client, land_officer, parcels):
    leased, _reserved, _available = parcels
    sign_in_staff(client, land_officer)
    delete_url = f"/admin/snippets/land/parcel/delete/{leased.pk}/"

    confirmation = client.get(delete_url, follow=True)
    assert confirmation.redirect_chain[-1][0] == f"/admin/land/parcels/{leased.pk}/retire/"
    page = confirmation.content.decode()
    assert "không thể xóa" in page  # "cannot be deleted", in the staff's Vietnamese
    assert "Ngừng cung cấp lô đất" in page  # the retire form's button

    response = client.post(delete_url)
    assert response.status_code == 302
    assert Parcel.objects.filter(pk=leased.pk).exists()


def test_a_bulk_delete_that_includes_a_reserved_parcel_deletes_nothing(client, land_officer, parcels):
    leased, reserved, available = parcels
    sign_in_staff(client, land_officer)
    url = f"/admin/bulk/land/parcel/delete/?id={reserved.pk}&id={available.pk}"

    response = client.post(url, follow=True)

    assert response.status_code == 200
    assert Parcel.objects.filter(pk__in=[reserved.pk, available.pk]).count() == 2
    assert "A-78" in response.content.decode()


def test_an_available_parcel_can_still_be_deleted(client, land_officer, parcels):
    _leased, _reserved, available = parcels
    sign_in_staff(client, land_officer)

    client.post(f"/admin/snippets/land/parcel/delete/{available.pk}/")

    assert not Parcel.objects.filter(pk=available.pk).exists()


def test_no_code_path_deletes_a_reserved_or_leased_parcel(parcels):
    leased, reserved, _available = parcels

    for parcel in (leased, reserved):
        with pytest.raises(ProtectedError):
            parcel.delete()
    with pytest.raises(ProtectedError):
        Parcel.objects.filter(pk__in=[leased.pk, reserved.pk]).delete()
    assert Parcel.objects.filter(pk__in=[leased.pk, reserved.pk]).count() == 2


def test_retiring_logs_who_when_and_why_and_keeps_the_record(client, land_officer, parcels):
    leased, _reserved, _available = parcels
    sign_in_staff(client, land_officer)

    missing_reason = client.post(f"/admin/land/parcels/{leased.pk}/retire/", {"reason": "  "})
    assert missing_reason.status_code == 200
    assert Parcel.objects.get(pk=leased.pk).retired_at is None

    response = client.post(f"/admin/land/parcels/{leased.pk}/retire/", {"reason": "Gộp vào lô A-80 theo QĐ 12."})
    assert response.status_code == 302

    leased.refresh_from_db()
    assert leased.retired_at is not None
    assert leased.retired_by == land_officer
    assert leased.retirement_reason == "Gộp vào lô A-80 theo QĐ 12."
    assert leased.status == "leased"  # the lease history is kept as it was
    entry = ModelLogEntry.objects.get(action="land.parcel.retire", object_id=str(leased.pk))
    assert entry.user == land_officer
    assert entry.data["reason"] == "Gộp vào lô A-80 theo QĐ 12."
    history = client.get(f"/admin/snippets/land/parcel/history/{leased.pk}/").content.decode()
    assert "Gộp vào lô A-80" in history
    status_page = client.get(f"/admin/land/parcels/{leased.pk}/status/")
    assert status_page.status_code == 200
    assert "Seeded." in status_page.content.decode()  # the status log is intact


def test_a_retired_parcel_leaves_the_list_plan_exports_search_and_compare(
    client, land_officer, parcels, django_capture_on_commit_callbacks
):
    leased, _reserved, _available = parcels
    assert "A-77" in client.get("/en/land/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.retire("a-77", actor=land_officer, reason="Withdrawn by decision 12.")

    assert "A-77" not in client.get("/en/land/").content.decode()
    assert "A-77" not in client.get("/en/land/plan/").content.decode()
    features = json.loads(client.get("/en/land/parcels.geojson").content)["features"]
    assert "A-77" not in [feature["id"] for feature in features]
    assert "A-77" not in client.get("/en/land/parcels.csv").content.decode("utf-8-sig")
    compared = client.get("/en/land/compare/", {"codes": "a-77,a-79"}).context["parcels"]
    assert [parcel.code for parcel in compared] == ["A-79"]
    assert "/en/land/a-77/" not in client.get("/sitemap.xml").content.decode()
    search = client.get("/en/search/", {"q": "A-77"})
    assert all("A-77" not in str(hit.title) for hit in search.context["results"].hits)
    assert services.parcel_lease_terms("A-77") is None

    page = client.get("/en/land/a-77/")
    assert page.status_code == 410
    assert "no longer offered" in page.content.decode()
    assert client.get("/en/land/a-99/").status_code == 404


def test_retiring_needs_permission_a_reason_and_ends_status_changes(land_officer, parcels):
    leased, reserved, _available = parcels
    editor = StaffFactory(groups=["Editor"])

    with pytest.raises(PermissionDenied):
        services.retire("A-78", actor=editor, reason="No.")
    with pytest.raises(services.InvalidTransition):
        services.retire("A-78", actor=land_officer, reason="")
    services.retire("A-78", actor=land_officer, reason="Re-surveyed.")
    with pytest.raises(services.InvalidTransition):
        services.retire("A-78", actor=land_officer, reason="Again.")
    with pytest.raises(services.InvalidTransition):
        services.release("A-78", actor=land_officer, reason="Back on the market.")
    reserved.refresh_from_db()
    assert reserved.status == "reserved"


def test_staff_without_the_delete_permission_cannot_retire(client, parcels):
    leased, _reserved, _available = parcels
    editor = StaffFactory(groups=["Editor"])
    sign_in_staff(client, editor)

    response = client.post(f"/admin/land/parcels/{leased.pk}/retire/", {"reason": "Because."})

    assert response.status_code in (302, 403)
    leased.refresh_from_db()
    assert leased.retired_at is None
