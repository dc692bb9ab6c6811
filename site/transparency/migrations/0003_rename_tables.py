"""The adopted tables take this app's names (home_target → transparency_target, home_transparencypage →
transparency_transparencypage); rows, ids and the page links stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("transparency", "0002_move_content_types"),
    ]

    operations = [
        migrations.AlterModelTable(name="target", table=None),
        migrations.AlterModelTable(name="transparencypage", table=None),
    ]
