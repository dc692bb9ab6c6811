"""Editors and investment officers (the one-stop desk) keep the desk's officers and opening hours shown on
the contact page; the director sees them."""

from django.db import migrations

from core.permission_grants import GroupGrants

MANAGE = ("add", "change", "delete", "view")
MODELS = ("deskofficer", "openingperiod")
GRANTS = {
    "Editor": [f"{action}_{model}" for model in MODELS for action in MANAGE],
    "Investment officer": [f"{action}_{model}" for model in MODELS for action in MANAGE],
    "Director": [f"view_{model}" for model in MODELS],
}


PERMISSIONS = GroupGrants("home", GRANTS)


class Migration(migrations.Migration):
    dependencies = [("home", "0009_contact_page"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(PERMISSIONS.grant, PERMISSIONS.revoke)]
