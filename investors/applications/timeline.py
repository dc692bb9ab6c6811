"""One chronological list of what happened to an application: transitions and messages."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import ApplicationStatus


@dataclass(frozen=True)
class TimelineEvent:
    """A row of the timeline."""

    at: object
    title: str
    actor: str
    text: str
    kind: str  # "status", "message" or "internal"


def _actor(user, fallback):
    return user.get_full_name() if user is not None else fallback


def timeline(application, include_internal=False):
    """Events oldest first; internal notes only when `include_internal`."""
    events = [
        TimelineEvent(
            at=change.created_at,
            title=_("Status: %(status)s") % {"status": ApplicationStatus(change.to_status).label},
            actor=_actor(change.actor, _("The park")),
            text=change.note,
            kind="status",
        )
        for change in application.status_changes.select_related("actor")
    ]
    notes = application.messages.select_related("author")
    if not include_internal:
        notes = notes.filter(internal=False)
    for message in notes:
        title = _("Internal note") if message.internal else _("Message")
        events.append(
            TimelineEvent(
                at=message.created_at,
                title=title,
                actor=_actor(message.author, _("The park")),
                text=message.body,
                kind="internal" if message.internal else "message",
            )
        )
    return sorted(events, key=lambda event: event.at)
