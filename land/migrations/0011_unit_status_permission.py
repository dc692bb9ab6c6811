"""Office units change status only through land.services (logged): land officers and investment officers
may reserve, lease and release them, as they may parcels."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {"Land officer": ["change_unit_status"], "Investment officer": ["change_unit_status"]}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("land")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="land", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="land", codename__in=GRANTS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [("land", "0010_unit_status_log"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(grant, revoke)]
