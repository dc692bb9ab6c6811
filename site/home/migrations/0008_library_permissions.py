"""Editors keep the documents library (forms, templates, legal texts, planning maps); legal reviewers check
the legal texts in it and may correct them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MANAGE = ("add", "change", "delete", "view")
GRANTS = {
    "Editor": [f"{action}_librarydocument" for action in MANAGE],
    "Legal reviewer": ["change_librarydocument", "view_librarydocument"],
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
    dependencies = [("home", "0007_documents_library"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(grant, revoke)]
