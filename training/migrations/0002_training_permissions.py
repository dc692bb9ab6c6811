"""Give the Training coordinator group every training permission, and the Director read access."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["cohort", "session", "registration", "attendance", "certificate", "emailnotice"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("training")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    training = Permission.objects.filter(content_type__app_label="training", content_type__model__in=MODELS)
    coordinator = Group.objects.filter(name="Training coordinator").first()
    if coordinator is not None:
        coordinator.permissions.add(*training)
        pages = Permission.objects.filter(
            content_type__app_label="training", content_type__model__in=["programmepage", "trainingindexpage"]
        )
        coordinator.permissions.add(*pages)
    director = Group.objects.filter(name="Director").first()
    if director is not None:
        director.permissions.add(*training.filter(codename__startswith="view_"))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    training = Permission.objects.filter(content_type__app_label="training")
    for group in Group.objects.filter(name__in=["Training coordinator", "Director"]):
        group.permissions.remove(*training)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
