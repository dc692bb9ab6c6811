from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_scheduled_job_runs"),
    ]

    operations = [
        migrations.AddField(
            model_name="outgoingemail",
            name="payload",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                help_text="What the renderer needs besides the record (e.g. the ids of the files a digest lists).",
            ),
        ),
    ]
