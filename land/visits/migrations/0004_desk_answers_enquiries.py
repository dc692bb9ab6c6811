"""Investment officers (the one-stop desk) receive the contact page's questions: they may now mark
enquiries answered, as land officers do for parcel enquiries."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {"Investment officer": ["change_enquiry"]}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("visits")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="visits", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="visits", codename__in=GRANTS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [("visits", "0003_enquiry_kind"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(grant, revoke)]
