"""Let the staff groups whose people are owed e-mails see the outbox, and resend a failed one.

Investment officers (application notices and digests), training coordinators (registrations,
waitlist, reminders) and legal reviewers (policy-change alerts) view and resend; the director views
only. Editors and land officers send no e-mails and do not see them (the outbox is personal data:
addresses and subjects)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW, RESEND = "view_outgoingemail", "change_outgoingemail"
GRANTS = {
    "Investment officer": [VIEW, RESEND],
    "Training coordinator": [VIEW, RESEND],
    "Legal reviewer": [VIEW, RESEND],
    "Director": [VIEW],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("core")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(*Permission.objects.filter(content_type__app_label="core", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    outbox = Permission.objects.filter(content_type__app_label="core", codename__in=[VIEW, RESEND])
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*outbox)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_outgoingemail_payload"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
