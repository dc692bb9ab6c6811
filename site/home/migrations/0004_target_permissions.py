"""Grant the staff groups their transparency-target permissions.

Editors and the director maintain the targets (what the park promised, from which document); the
other staff groups may view them. Measured figures are never edited: they are computed.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ALL = ["add_target", "change_target", "delete_target", "view_target"]
GRANTS = {
    "Editor": ALL,
    "Director": ALL,
    "Investment officer": ["view_target"],
    "Land officer": ["view_target"],
    "Training coordinator": ["view_target"],
    "Legal reviewer": ["view_target"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("home")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="home", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    target_permissions = Permission.objects.filter(content_type__app_label="home", codename__in=ALL)
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*target_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_target_transparencypage"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
