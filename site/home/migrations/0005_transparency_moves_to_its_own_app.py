"""Target and TransparencyPage now belong to the transparency app, which adopted their tables
(transparency 0001): forget them here without dropping anything."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_target_permissions"),
        ("transparency", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="TransparencyPage"),
                migrations.DeleteModel(name="Target"),
            ],
        ),
    ]
