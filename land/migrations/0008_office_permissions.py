"""Grant the staff groups their office-space permissions.

Land officers manage buildings, office units and the costs of occupancy (tariffs, fees); editors draft
unit texts; investment officers and the director see the data (the director may also edit the costs).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EXTRA_ACTIONS = {"building": ["publish"], "unit": ["publish"]}
MANAGE = ("add", "change", "delete", "view")

GRANTS = {
    "Land officer": [
        *(f"{action}_{model}" for model in ("building", "unit") for action in MANAGE),
        "publish_building",
        "publish_unit",
        "change_occupancycosts",
        "view_occupancycosts",
    ],
    "Editor": ["add_unit", "change_unit", "view_unit", "view_building"],
    "Investment officer": ["view_unit", "view_building", "view_occupancycosts"],
    "Director": ["view_unit", "view_building", "change_occupancycosts", "view_occupancycosts"],
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
    codenames = {codename for codenames in GRANTS.values() for codename in codenames}
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="land", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("land", "0007_offices_and_costs")]

    operations = [migrations.RunPython(grant, revoke)]
