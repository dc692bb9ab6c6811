"""Who reads ratings: investment officers those of applications, training coordinators those of
training, directors both."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Investment officer": ["view_application_ratings"],
    "Training coordinator": ["view_training_ratings"],
    "Director": ["view_application_ratings", "view_training_ratings"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("ratings")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="ratings", codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ratings = Permission.objects.filter(content_type__app_label="ratings")
    for group in Group.objects.filter(name__in=list(GRANTS)):
        group.permissions.remove(*ratings)


class Migration(migrations.Migration):
    dependencies = [
        ("ratings", "0001_initial"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
