"""Give the reviewers of personal data the new `review_deletion_request` permission.

Investment officers and directors already see every applicant's file, contact details and documents
while reviewing applications, so deciding a request to erase those data exposes nothing new to them;
the director is accountable for the park's decisions. Editors, legal reviewers, land officers and
training coordinators get no access: a request shows a person's name, e-mail and reason.
Deletion-request screens check this permission only (no longer the generic view/change ones).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Investment officer", "Director")
CODENAME = "review_deletion_request"


def grant(apps, schema_editor):
    app_config = apps.get_app_config("applications")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="applications", codename=CODENAME)
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="applications", codename=CODENAME)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("applications", "0003_document_versions_deletion_review")]

    operations = [migrations.RunPython(grant, revoke)]
