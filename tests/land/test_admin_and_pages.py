"""Admin permissions per group, the status action, and the land page's Wagtail checks."""

from wagtail.test.utils import WagtailTestUtils

import pytest

from land.models import LandIndexPage, ParcelStatusChange
from tests.factories.accounts import sign_in_staff
from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db


def test_a_land_officer_changes_status_in_the_admin_and_it_is_logged(client, land_officer):
    parcel = ParcelFactory()
    sign_in_staff(client, land_officer)
    url = f"/admin/land/parcels/{parcel.pk}/status/"
    page = client.get(url)
    assert page.status_code == 200
    assert 'value="reserve"' in page.text and 'value="open"' not in page.text
    response = client.post(url, {"action": "reserve", "reason": "Hồ sơ APP-1 được duyệt"})
    assert response.status_code == 302
    parcel.refresh_from_db()
    assert parcel.status == "reserved"
    assert ParcelStatusChange.objects.get().actor == land_officer


def test_an_editor_cannot_open_the_status_action(client, editor):
    parcel = ParcelFactory()
    sign_in_staff(client, editor)
    response = client.post(f"/admin/land/parcels/{parcel.pk}/status/", {"action": "reserve", "reason": "x"})
    assert response.status_code in (302, 403)
    parcel.refresh_from_db()
    assert parcel.status == "available"


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    parcel = ParcelFactory()
    response = client.post(f"/admin/land/parcels/{parcel.pk}/status/", {"action": "reserve", "reason": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith("/vi/account/login/?next=/admin/land/")  # the site's one sign-in


def test_an_empty_reason_is_refused_with_a_message(client, land_officer):
    parcel = ParcelFactory()
    sign_in_staff(client, land_officer)
    response = client.post(f"/admin/land/parcels/{parcel.pk}/status/", {"action": "reserve", "reason": ""})
    assert response.status_code == 200
    assert not ParcelStatusChange.objects.exists()


def test_editors_and_land_officers_can_edit_parcels_but_only_officers_publish(editor, land_officer):
    assert editor.has_perm("land.change_parcel") and not editor.has_perm("land.change_parcel_status")
    assert not editor.has_perm("land.publish_parcel")
    assert land_officer.has_perm("land.publish_parcel") and land_officer.has_perm("land.change_parcel_status")


def test_the_parcel_admin_list_and_export_work(client, land_officer):
    ParcelFactory(code="A-5")
    sign_in_staff(client, land_officer)
    listing = client.get("/admin/snippets/land/parcel/?status=available")
    assert listing.status_code == 200 and "A-5" in listing.text
    export = client.get("/admin/snippets/land/parcel/?export=csv")
    assert export.status_code == 200
    assert b"A-5" in b"".join(export.streaming_content) if export.streaming else b"A-5" in export.content


class TestLandIndexPage(WagtailTestUtils):
    def test_it_lives_only_under_a_home_page_and_has_no_children(self):
        from home.models import HomePage, StandardPage

        assert LandIndexPage.allowed_parent_page_models() == [HomePage]
        assert LandIndexPage.allowed_subpage_models() == []
        assert LandIndexPage not in StandardPage.allowed_subpage_models()

    def test_only_one_per_language(self, land_pages, site_tree):
        assert not LandIndexPage.can_create_at(site_tree["en"])

    def test_renders_in_both_languages_and_is_in_the_menu(self, client, land_pages):
        for language, path in (("vi", "/vi/quy-dat/"), ("en", "/en/land/")):
            assert land_pages[language].show_in_menus
            assert client.get(path).status_code == 200

    def test_an_editor_can_create_one_where_none_exists(self, client, site_tree):
        from django.contrib.auth.models import Group, Permission

        from wagtail.models import GroupPagePermission

        from tests.factories.accounts import StaffFactory

        group = Group.objects.get(name="Editor")
        for permission in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group, page=site_tree["vi"], permission=Permission.objects.get(codename=permission)
            )
        sign_in_staff(client, StaffFactory(groups=["Editor"]))
        url = f"/admin/pages/add/land/landindexpage/{site_tree['vi'].pk}/"
        from wagtail.test.utils.form_data import nested_form_data, streamfield

        data = nested_form_data({"title": "Quỹ đất", "slug": "quy-dat", "intro": "", "body": streamfield([])})
        response = client.post(url, {**data, "action-publish": "1"})
        assert response.status_code == 302
        assert LandIndexPage.objects.live().filter(slug="quy-dat").exists()

    def test_the_sitemap_lists_parcel_pages(self, client, land_pages):
        ParcelFactory(code="A-3")
        assert "/en/land/a-3/" in client.get("/sitemap.xml").text
