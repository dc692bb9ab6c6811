"""Give the reservations that existed before expiry dates the default period from today (so none is released
at deployment), and let land officers edit the reservation settings."""

import datetime

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

DEFAULT_RESERVATION_DAYS = 90


def forwards(apps, schema_editor):
    Parcel = apps.get_model("land", "Parcel")
    end = timezone.localdate() + datetime.timedelta(days=DEFAULT_RESERVATION_DAYS)
    Parcel.objects.filter(status="reserved", reserved_until__isnull=True).update(reserved_until=end)

    app_config = apps.get_app_config("land")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Land officer")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="land", codename="change_landsettings"))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Land officer"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="land", codename="change_landsettings"))


class Migration(migrations.Migration):
    dependencies = [("land", "0005_reservation_expiry"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, backwards)]
