# Bookings name the office units (or desks) to see, beside the parcels.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("visits", "0004_desk_answers_enquiries"),
    ]

    operations = [
        migrations.AddField(
            model_name="visitbooking",
            name="unit_codes",
            field=models.JSONField(
                blank=True, default=list, help_text="Codes of the office units or desks to see.", verbose_name="office units"
            ),
        ),
        migrations.AlterField(
            model_name="visitbooking",
            name="other_items",
            field=models.CharField(
                blank=True, help_text="Anything else to see, as typed.", max_length=300, verbose_name="other premises"
            ),
        ),
    ]
