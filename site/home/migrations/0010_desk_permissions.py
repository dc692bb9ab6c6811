"""Editors and investment officers (the one-stop desk) keep the desk's officers and opening hours shown on
the contact page; the director sees them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MANAGE = ("add", "change", "delete", "view")
MODELS = ("deskofficer", "openingperiod")
GRANTS = {
    "Editor": [f"{action}_{model}" for model in MODELS for action in MANAGE],
    "Investment officer": [f"{action}_{model}" for model in MODELS for action in MANAGE],
    "Director": [f"view_{model}" for model in MODELS],
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
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="home", codename__in=GRANTS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0009_contact_page"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(grant, revoke)]
