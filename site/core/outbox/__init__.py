"""The site's one e-mail outbox: every e-mail a person is owed is a row, sent by a background task.

Apps queue mail inside the transaction that makes it due and render it themselves when it goes:

    from core import outbox
    outbox.register_renderer("training", render_registration_email, labels=NoticeKind)   # AppConfig.ready()
    outbox.queue_email("training.confirmed", trainee, about=registration)                # in a service

`queue_email` records an `OutgoingEmail` and hands it to the task backend once the transaction
commits. `deliver` claims the row first (one conditional UPDATE: pending or due → sending); only the
process whose UPDATE changed the row sends it, so the after-commit task, `manage.py resend_emails`,
the scheduler's retry and a second worker never send one e-mail twice. A failed send is kept,
retried with growing delays (`RETRY_DELAYS`) by the scheduler's `outbox-retry` job, then left for
staff, who see failures in the admin (Settings → Outgoing e-mails) and resend them there.

A process killed while sending leaves the row "sending"; after `STALE_CLAIM` it may be claimed again.
That is the one case in which a message may go twice (the mail server accepted it, the row was not
yet marked): the outbox is at-least-once for a crash at that exact moment, exactly-once otherwise.
"""

from .registry import RenderedEmail, register_renderer, renderer_for
from .sending import deliver, queue_email, resend, retry_due

__all__ = ["RenderedEmail", "deliver", "queue_email", "register_renderer", "renderer_for", "resend", "retry_due"]
