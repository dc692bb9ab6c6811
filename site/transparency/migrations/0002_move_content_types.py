"""Move the content types of Target and TransparencyPage from the home app to this one.

The rows are updated in place (same ids), so everything that points at them follows: the pages' type
(Wagtail serves `TransparencyPage` as before), revisions, log entries, translation sources, and the
permissions the staff groups were granted (home 0004).
"""

from django.db import migrations

MODELS = ["target", "transparencypage"]


def relabel(apps, from_label, to_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in MODELS:
        old = ContentType.objects.filter(app_label=from_label, model=model).first()
        if old is None:  # a database where the model never had a content type: post_migrate creates it
            continue
        stale = ContentType.objects.filter(app_label=to_label, model=model).first()
        if stale is not None:
            # Created by a post_migrate run between two migrations (e.g. `migrate transparency 0001`);
            # only its own default permissions point at it.
            Permission.objects.filter(content_type=stale).delete()
            stale.delete()
        old.app_label = to_label
        old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    relabel(apps, "home", "transparency")


def backwards(apps, schema_editor):
    relabel(apps, "transparency", "home")


class Migration(migrations.Migration):
    dependencies = [
        ("transparency", "0001_initial"),
        ("home", "0005_transparency_moves_to_its_own_app"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
