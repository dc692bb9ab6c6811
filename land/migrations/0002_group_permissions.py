"""Grant the staff groups their land permissions.

Land officers manage zones and parcels and change parcel status; editors draft descriptive texts but
never change status; investment officers and the director may change status (applications reserve
and lease parcels) and see the data.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Wagtail creates publish/lock/unlock permissions only after migrations; the groups need them now.
EXTRA_ACTIONS = {"zone": ["publish", "lock", "unlock"], "parcel": ["publish", "lock", "unlock"]}

GRANTS = {
    "Land officer": [
        *(f"{action}_{model}" for model in ("zone", "parcel") for action in ("add", "change", "delete", "view")),
        *(f"{action}_{model}" for model, actions in EXTRA_ACTIONS.items() for action in actions),
        "change_parcel_status",
        "view_parcelstatuschange",
    ],
    "Editor": ["add_parcel", "change_parcel", "view_parcel", "change_zone", "view_zone"],
    "Investment officer": ["view_parcel", "view_zone", "change_parcel_status", "view_parcelstatuschange"],
    "Director": ["view_parcel", "view_zone", "change_parcel_status", "view_parcelstatuschange"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("land")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, actions in EXTRA_ACTIONS.items():
        content_type = ContentType.objects.get(app_label="land", model=model)
        for action in actions:
            Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="land", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="land"))


class Migration(migrations.Migration):
    dependencies = [
        ("land", "0001_initial"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
