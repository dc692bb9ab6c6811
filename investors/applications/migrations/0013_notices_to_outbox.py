"""Application e-mail notices move to core's one outbox, every row kept (status, attempts, errors, dates)."""

from django.db import migrations

ABOUT = "applications.investmentapplication"
FIELDS = ["status", "attempts", "last_error", "created_at", "sent_at"]


def to_outbox(apps, schema_editor):
    EmailNotice = apps.get_model("applications", "EmailNotice")
    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            kind=f"applications.{notice.kind}",
            about_type=ABOUT if notice.application_id else "",  # a daily digest is about no single file
            about_id=notice.application_id,
            payload={"files": notice.files} if notice.files else {},
            recipient_id=notice.recipient_id,
            # A failed notice is retried by the outbox's scheduled job as soon as it runs.
            next_attempt_at=notice.created_at if notice.status == "failed" else None,
            **{field: getattr(notice, field) for field in FIELDS},
        )
        for notice in EmailNotice.objects.order_by("pk").iterator()
    )


def _kept(email):
    values = {field: getattr(email, field) for field in FIELDS}
    if values["status"] == "sending":  # the old notices knew no "sending"
        values["status"] = "pending"
    return values


def from_outbox(apps, schema_editor):
    EmailNotice = apps.get_model("applications", "EmailNotice")
    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    moved = OutgoingEmail.objects.filter(kind__startswith="applications.")
    EmailNotice.objects.bulk_create(
        EmailNotice(
            application_id=email.about_id,
            recipient_id=email.recipient_id,
            kind=email.kind.removeprefix("applications."),
            files=(email.payload or {}).get("files", []),
            **_kept(email),
        )
        for email in moved.order_by("pk").iterator()
    )
    moved.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0012_merge_20261129_1621"),
        ("core", "0003_outgoingemail_payload"),
    ]

    operations = [
        migrations.RunPython(to_outbox, from_outbox),
        migrations.DeleteModel(name="EmailNotice"),
    ]
