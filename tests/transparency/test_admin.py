"""Staff see the same figures on the admin dashboard, with links to the filtered lists; editors manage targets."""

from django.contrib.auth.models import Group, Permission

import pytest

from core.seeding import SeedContext
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from transparency.demo.seeding import seed_transparency

from .conftest import decided_files

pytestmark = pytest.mark.django_db


def staff_in(group_name):
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return StaffFactory(groups=[group_name])


def test_the_dashboard_panel_shows_targets_figures_and_filtered_list_links(client, site_tree):
    seed_transparency(SeedContext(homes=site_tree))
    decided_files(2)
    sign_in_staff(client, staff_in("Director"))
    html = client.get("/admin/").content.decode()
    assert "transparency-panel-heading" in html
    assert "Over 90% of investment applications handled fully online" in html or "Trên 90%" in html
    assert 'href="/admin/applications/inbox/?origin=foreign"' in html
    assert 'href="/admin/snippets/land/parcel/?status=leased"' in html
    assert "100%" in html


def test_people_without_admin_access_never_see_the_panel(client, site_tree):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 403  # told the admin is for staff
    assert "transparency-panel-heading" not in response.content.decode()


def test_a_dashboard_opened_by_someone_who_is_not_staff_leaves_the_panel_out(client, site_tree):
    """The dashboard itself opens (the group grants admin access) and renders its panels, but the
    figures panel is for staff only."""
    group, _created = Group.objects.get_or_create(name="Admin access without staff status")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    person = UserFactory()
    person.groups.add(group)
    sign_in_staff(client, person)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "transparency-panel-heading" not in response.content.decode()


def test_an_editor_can_add_a_target_and_the_form_rejects_a_unit_that_does_not_match_the_metric(client, site_tree):
    sign_in_staff(client, staff_in("Editor"))
    data = {
        "name_vi": "Mục tiêu thử",
        "name_en": "Test target",
        "metric_key": "training.certified",
        "target_value": "100",
        "unit": "percent",
        "direction": "at_least",
        "deadline": "2030-12-31",
        "source_vi": "Nghị quyết 16",
        "source_en": "Resolution 16",
        "sort_order": "0",
    }
    response = client.post("/admin/snippets/transparency/target/add/", data)
    assert response.status_code == 200
    assert "Chỉ số này được đo bằng" in response.content.decode()  # the admin speaks Vietnamese by default
    response = client.post("/admin/snippets/transparency/target/add/", {**data, "unit": "people"})
    assert response.status_code == 302
