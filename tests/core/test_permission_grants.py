"""The permission-grant helper used by data migrations: creates missing permissions, grants per group, revokes
exactly what it granted."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission

import pytest

from core.permission_grants import GroupGrants

pytestmark = pytest.mark.django_db


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_grant_creates_missing_groups_and_extra_actions_and_revoke_takes_back_only_its_grants():
    Permission.objects.filter(codename="archive_zone").delete()
    kept = Group.objects.create(name="Map keeper")
    kept.permissions.add(Permission.objects.get(content_type__app_label="land", codename="view_parcel"))
    grants = GroupGrants(
        "land",
        {"Map keeper": ["view_zone", "archive_zone"], "Zone clerk": ["change_zone"]},
        extra={"zone": ["archive"]},
    )
    grants.grant(apps, None)
    assert codenames("Map keeper") == {"view_parcel", "view_zone", "archive_zone"}
    assert codenames("Zone clerk") == {"change_zone"}
    grants.grant(apps, None)  # running twice changes nothing
    assert codenames("Map keeper") == {"view_parcel", "view_zone", "archive_zone"}
    grants.revoke(apps, None)
    assert codenames("Map keeper") == {"view_parcel"} and codenames("Zone clerk") == set()
