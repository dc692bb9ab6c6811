"""Office units change status only through land.services (logged): land officers and investment officers
may reserve, lease and release them, as they may parcels."""

from django.db import migrations

from core.permission_grants import GroupGrants

GRANTS = {"Land officer": ["change_unit_status"], "Investment officer": ["change_unit_status"]}


PERMISSIONS = GroupGrants("land", GRANTS)


class Migration(migrations.Migration):
    dependencies = [("land", "0010_unit_status_log"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(PERMISSIONS.grant, PERMISSIONS.revoke)]
