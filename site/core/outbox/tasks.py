"""The outbox's background task (django-tasks): run by `db_worker` in production, at once elsewhere."""

from django_tasks import task

from .sending import deliver


@task()
def send_outgoing_email(email_id):
    """Claim and send one outbox e-mail; "sent", "failed" or "skipped" (another process had it)."""
    return deliver(email_id)
