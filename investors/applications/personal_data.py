"""Personal data in investment applications, and the deletion-request workflow.

This module is the applications app's provider for `accounts.personal_data` (export, open items,
erasure; registered in apps.py) and owns the `DeletionRequest` steps: a person asks, staff with the
`review_deletion_request` permission approve (which runs the erasure of every app) or refuse.

Erasure never touches a file that is still open: `open_items` names every submitted application
not yet decided or withdrawn, and the erasure waits. For decided or withdrawn files the record
stays (reference, company, project, statuses, dates, decision notes, documents), without the
person: their name, e-mail, phone, their position as representative and the text of their
messages are removed. Drafts that were never submitted are deleted with their files.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import personal_data as registry

from .models import (
    ApplicationDocument,
    ApplicationStatus,
    DeletionRequest,
    DeletionStatus,
    InvestmentApplication,
    Message,
    StatusChange,
)

REVIEW_PERMISSION = "applications.review_deletion_request"

APPLICATION_FIELDS = [
    "reference",
    "status",
    "company_name",
    "country",
    "registration_number",
    "company_address",
    "representative_name",
    "representative_title",
    "contact_email",
    "contact_phone",
    "sector",
    "project_title",
    "description",
    "capital_usd",
    "capital_schedule",
    "staff_total",
    "local_hires_pct",
    "it_specialists",
    "construction_start",
    "operation_start",
    "parcel_codes",
    "unit_codes",
    "required_area_m2",
    "intended_use",
    "consent_version",
    "consent_at",
    "submitted_at",
    "decided_at",
    "created_at",
]
CLOSED_STATUSES = (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)


def _value(value):
    if value is None or isinstance(value, bool | int | str | list | dict):
        return value
    return str(value) if not hasattr(value, "isoformat") else value.isoformat()


def _document_data(document):
    return {
        "kind": document.kind,
        "name": document.original_name,
        "size": document.size,
        "uploaded_at": document.created_at.isoformat(),
        "current": document.superseded_at is None,
        "replaced_at": _value(document.superseded_at),
    }


def _application_data(application):
    data = {field: _value(getattr(application, field)) for field in APPLICATION_FIELDS}
    data["timeline"] = [
        {"from": c.from_status, "to": c.to_status, "note": "" if c.internal else c.note, "at": c.created_at.isoformat()}
        for c in application.status_changes.all()
    ]
    data["messages"] = [
        {"from_staff": m.from_staff, "body": m.body, "at": m.created_at.isoformat()}
        for m in application.messages.all()
        if not m.internal
    ]
    documents = application.documents.all()
    data["documents"] = [_document_data(d) for d in documents if d.message_id is None]
    data["attachments"] = [_document_data(d) for d in documents if d.message_id is not None and not d.message.internal]
    return data


def export(user):
    """The person's applications (with timeline, messages, every document version) and deletion requests."""
    applications = InvestmentApplication.objects.filter(applicant=user).prefetch_related(
        "status_changes", "messages", "documents__message"
    )
    return {
        "applications": [_application_data(application) for application in applications],
        "deletion_requests": [
            {"status": r.status, "requested_at": r.requested_at.isoformat(), "answer": r.staff_note}
            for r in user.deletion_requests.all()
        ],
    }


def open_items(user):
    """Submitted applications not yet decided or withdrawn: erasing them would destroy a live file."""
    applications = InvestmentApplication.objects.filter(applicant=user).exclude(
        status__in=(ApplicationStatus.DRAFT, *CLOSED_STATUSES)
    )
    return [
        _("Investment application %(reference)s is still open (%(status)s): it must be decided or withdrawn first.")
        % {"reference": application.reference, "status": application.get_status_display()}
        for application in applications.order_by("submitted_at", "pk")
    ]


def erase(user):
    """Delete never-submitted drafts; keep decided and withdrawn files without the person's identity."""
    # Lock the person's files: a submission racing with the erasure waits, or is seen as open here.
    statuses = set(
        InvestmentApplication.objects.select_for_update().filter(applicant=user).values_list("status", flat=True)
    )
    if statuses - {ApplicationStatus.DRAFT, *CLOSED_STATUSES}:
        raise registry.ErasureRefused(open_items(user))
    drafts = InvestmentApplication.objects.filter(applicant=user, status=ApplicationStatus.DRAFT)
    documents = ApplicationDocument.objects.filter(application__in=drafts).order_by("-created_at", "-pk")
    names = [document.file.name for document in documents]
    for document in documents:  # newest first: a version is protected by the one that replaced it
        document.delete()
    drafts.delete()
    if names:
        storage = ApplicationDocument._meta.get_field("file").storage
        transaction.on_commit(lambda: [storage.delete(name) for name in names])
    closed = InvestmentApplication.objects.filter(applicant=user, status__in=CLOSED_STATUSES)
    closed.update(
        representative_name="",
        representative_title="",
        contact_email="",
        contact_phone="",
        draft_data={},
    )
    # The person's own words; staff messages and decision notes are the park's record and stay.
    removed = _("[removed at the person's request]")
    Message.objects.filter(application__in=closed, author=user).update(body=removed)
    StatusChange.objects.filter(application__in=closed, actor=user).exclude(note="").update(note=removed)
    DeletionRequest.objects.filter(user=user).update(reason="")


def register():
    registry.register(registry.Provider(name="investment", export=export, open_items=open_items, erase=erase, order=10))


# The deletion-request workflow -------------------------------------------------------------------


def may_review_deletions(user):
    """Whether `user` may see and decide deletion requests (the `review_deletion_request` permission)."""
    return bool(
        user and user.is_authenticated and user.is_active and user.is_staff and user.has_perm(REVIEW_PERMISSION)
    )


def deletion_reviewers():
    """Active staff who hold the permission directly, through a group, or as superusers."""
    from django.contrib.auth import get_user_model

    app_label, codename = REVIEW_PERMISSION.split(".")
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    grants = Q(is_superuser=True)
    if permission is not None:
        grants |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return get_user_model().objects.filter(grants, is_active=True, is_staff=True).distinct()


def pending_request(user):
    return user.deletion_requests.filter(status=DeletionStatus.PENDING).first()


def request_deletion(user, reason=""):
    """Ask staff to erase the user's data; refused (ErasureRefused) while a file is open.

    One pending request at a time: asking again returns the pending one."""
    reasons = registry.open_items(user)
    if reasons:
        raise registry.ErasureRefused(reasons)
    existing = pending_request(user)
    return existing or DeletionRequest.objects.create(user=user, reason=str(reason or "").strip())


def _locked_pending(request_id, actor):
    if not may_review_deletions(actor):
        raise PermissionDenied(_("You are not allowed to decide deletion requests."))
    request = DeletionRequest.objects.select_for_update().select_related("user").get(pk=request_id)
    return request if request.status == DeletionStatus.PENDING else None


def approve_deletion(request_id, actor):
    """Erase the person in every app (accounts.personal_data.erase); ErasureRefused while a file is open."""
    with transaction.atomic():
        request = _locked_pending(request_id, actor)
        if request is None:
            return DeletionRequest.objects.get(pk=request_id)
        registry.erase(request.user)
        request.status = DeletionStatus.DONE
        request.decided_by, request.decided_at = actor, timezone.now()
        request.save(update_fields=["status", "decided_by", "decided_at"])  # the reason was erased
    return request


def refuse_deletion(request_id, actor, note):
    """Refuse a request with a note the person reads on their deletion-request page."""
    note = str(note or "").strip()
    if not note:
        raise ValidationError(_("Write why the request is refused; the person will read it."))
    with transaction.atomic():
        request = _locked_pending(request_id, actor)
        if request is None:
            return DeletionRequest.objects.get(pk=request_id)
        request.status = DeletionStatus.REFUSED
        request.staff_note = note
        request.decided_by, request.decided_at = actor, timezone.now()
        request.save()
    return request
