"""One chronological list of what happened to an application: transitions, documents and messages."""

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
    kind: str  # "status", "document", "message" or "internal"


def _actor(user, fallback):
    return user.get_full_name() if user is not None else fallback


def timeline(application, include_internal=False):
    """Events oldest first; internal notes (messages and the notes of internal steps) only when
    `include_internal` (staff). The applicant sees every status change, without its internal note."""
    events = [
        TimelineEvent(
            at=change.created_at,
            title=_("Status: %(status)s") % {"status": ApplicationStatus(change.to_status).label},
            actor=_actor(change.actor, _("The park")),
            text=change.note if include_internal or not change.internal else "",
            kind="internal" if change.internal and change.note and include_internal else "status",
        )
        for change in application.status_changes.select_related("actor")
    ]
    events += _document_events(application)
    if include_internal:
        events += _assignment_events(application)
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


def _document_events(application):
    """Every document added to the file and every replacement (earlier versions are kept)."""
    documents = application.documents.filter(message__isnull=True).select_related("uploaded_by", "replaces")
    events = []
    for document in documents:
        if document.replaces is None:
            title = _("Document added: %(kind)s") % {"kind": document.get_kind_display()}
            text = document.original_name
        else:
            title = _("Document replaced: %(kind)s") % {"kind": document.get_kind_display()}
            text = _("%(new)s replaces %(old)s, which is kept.") % {
                "new": document.original_name,
                "old": document.replaces.original_name,
            }
        events.append(
            TimelineEvent(
                at=document.created_at,
                title=title,
                actor=_actor(document.uploaded_by, _("The park")),
                text=text,
                kind="document",
            )
        )
    return events


def _assignment_events(application):
    """Who gave the file to which officer, and when (staff only)."""
    return [
        TimelineEvent(
            at=assignment.created_at,
            title=_("Assigned to %(officer)s") % {"officer": assignment.officer_name}
            if assignment.officer_name
            else _("Assignment removed"),
            actor=_actor(assignment.assigned_by, _("The park")),
            text="",
            kind="internal",
        )
        for assignment in application.assignments.select_related("assigned_by")
    ]
