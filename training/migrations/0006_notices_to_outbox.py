"""Registration e-mail notices move to core's one outbox, every row kept (status, attempts, errors, dates);
the trainee becomes the recipient and "one notice per registration and kind" the outbox's dedupe key."""

from django.db import migrations

ABOUT = "training.registration"
FIELDS = ["status", "attempts", "last_error", "created_at", "sent_at"]


def to_outbox(apps, schema_editor):
    EmailNotice = apps.get_model("training", "EmailNotice")
    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            kind=f"training.{notice.kind}",
            about_type=ABOUT,
            about_id=notice.registration_id,
            recipient_id=notice.registration.trainee_id,
            dedupe_key=f"training.registration:{notice.registration_id}:{notice.kind}",
            next_attempt_at=notice.created_at if notice.status == "failed" else None,
            **{field: getattr(notice, field) for field in FIELDS},
        )
        for notice in EmailNotice.objects.select_related("registration").order_by("pk").iterator()
    )


def _kept(email):
    values = {field: getattr(email, field) for field in FIELDS}
    if values["status"] == "sending":  # the old notices knew no "sending"
        values["status"] = "pending"
    return values


def from_outbox(apps, schema_editor):
    EmailNotice = apps.get_model("training", "EmailNotice")
    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    moved = OutgoingEmail.objects.filter(about_type=ABOUT, kind__startswith="training.")
    EmailNotice.objects.bulk_create(
        EmailNotice(
            registration_id=email.about_id,
            kind=email.kind.removeprefix("training."),
            **_kept(email),
        )
        for email in moved.order_by("pk").iterator()
    )
    moved.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0005_verification_per_visitor_and_day"),
        ("core", "0001_outbox"),
    ]

    operations = [
        migrations.RunPython(to_outbox, from_outbox),
        migrations.DeleteModel(name="EmailNotice"),
    ]
