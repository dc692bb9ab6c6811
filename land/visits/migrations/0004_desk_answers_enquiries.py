"""Investment officers (the one-stop desk) receive the contact page's questions: they may now mark
enquiries answered, as land officers do for parcel enquiries."""

from django.db import migrations

from core.permission_grants import GroupGrants

GRANTS = {"Investment officer": ["change_enquiry"]}


PERMISSIONS = GroupGrants("visits", GRANTS)


class Migration(migrations.Migration):
    dependencies = [("visits", "0003_enquiry_kind"), ("accounts", "0002_staff_groups")]

    operations = [migrations.RunPython(PERMISSIONS.grant, PERMISSIONS.revoke)]
