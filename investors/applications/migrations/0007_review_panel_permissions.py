"""Directors lead the review panel: they assign reviewers and edit the criteria and letter templates.

Officers may view both. Another lead officer is any staff member given `assign_reviewers`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Director": [
        "assign_reviewers",
        "add_allocationcriterion",
        "change_allocationcriterion",
        "delete_allocationcriterion",
        "view_allocationcriterion",
        "add_decisiontemplate",
        "change_decisiontemplate",
        "view_decisiontemplate",
        "view_review",
    ],
    "Investment officer": ["view_allocationcriterion", "view_decisiontemplate", "view_review"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("applications")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="applications", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for names in GRANTS.values() for codename in names}
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="applications", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("applications", "0006_review_panel_and_letter_templates")]

    operations = [migrations.RunPython(grant, revoke)]
