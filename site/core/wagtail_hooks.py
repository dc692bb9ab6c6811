"""Admin hooks shared by every app (Wagtail discovers this module by name)."""

from wagtail import hooks

from core import admin_deletion  # noqa: F401 - refuses deletions that protected records forbid, saying why


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    """Settings → Outgoing e-mails: failed sends, with a resend action (core.outbox.admin)."""
    from core.outbox.admin import OutboxViewSet

    return OutboxViewSet("core_outbox")
