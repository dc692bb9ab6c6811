"""Staff roles on applications become Django permissions, granted to the groups that held them by name.

Until now workflow.py, services.py and the admin hooks compared group names ("Investment officer",
"Director"); they now ask `user.has_perm(...)`, so a renamed group or a person given the permission
directly works the same. Investment officers screen, appraise and may be assigned files; the director
approves and rejects; both assign.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Investment officer": ["screen_application", "assign_application"],
    "Director": ["decide_application", "assign_application"],
}
CODENAMES = sorted({codename for codenames in GRANTS.values() for codename in codenames})


def grant(apps, schema_editor):
    app_config = apps.get_app_config("applications")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="applications", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="applications", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("applications", "0004_deletion_review_permission")]

    operations = [
        migrations.AlterModelOptions(
            name="investmentapplication",
            options={
                "ordering": ["-created_at", "-pk"],
                "permissions": [
                    ("screen_application", "Can screen and appraise applications, and be assigned files"),
                    ("decide_application", "Can approve or reject applications"),
                    ("assign_application", "Can assign applications to officers"),
                ],
                "verbose_name": "investment application",
                "verbose_name_plural": "investment applications",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
