"""Grant the staff groups their permissions on incentive rules (page permissions come from the seed)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Legal reviewer": ["add", "change", "delete", "view"],
    "Editor": ["view"],
    "Investment officer": ["view"],
    "Director": ["view"],
}


def grant(apps, schema_editor):
    # The migration state's app config is a stub without models_module; create_permissions skips such apps.
    app_config = apps.get_app_config("investors")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, actions in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        codenames = [f"{action}_incentiverule" for action in actions]
        group.permissions.add(*Permission.objects.filter(content_type__app_label="investors", codename__in=codenames))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="investors", codename__endswith="_incentiverule"):
        permission.group_set.clear()


class Migration(migrations.Migration):
    dependencies = [
        ("investors", "0001_initial"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
