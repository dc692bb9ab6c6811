"""Grant investment officers and directors their application permissions (they see and assign files).

Transitions are further limited by group in workflow.py: officers screen and appraise, directors decide.
Approval reserves parcels through land.services, which needs land.change_parcel_status (land 0002).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEW = [
    "view_investmentapplication",
    "change_investmentapplication",
    "view_statuschange",
    "view_applicationdocument",
    "view_message",
    "view_deletionrequest",
    "change_deletionrequest",
]
GRANTS = {"Investment officer": REVIEW, "Director": REVIEW}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("applications")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="applications", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="applications"))


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0001_initial"),
        ("accounts", "0002_staff_groups"),
        ("land", "0002_group_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
