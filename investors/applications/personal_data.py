"""Personal data: export everything about a person as JSON, and anonymise them on an approved request.

Anonymisation keeps statistics (sector, country, capital, staff plan, statuses, dates, parcels) and
removes what identifies a person: name, e-mail, phone, contact details, documents, message texts.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ApplicationDocument, DeletionRequest, DeletionStatus, InvestmentApplication, Message
from .workflow import is_reviewer

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
    "required_area_m2",
    "intended_use",
    "consent_version",
    "consent_at",
    "submitted_at",
    "decided_at",
    "created_at",
]


def _value(value):
    if value is None or isinstance(value, bool | int | str | list | dict):
        return value
    return str(value) if not hasattr(value, "isoformat") else value.isoformat()


def _application_data(application):
    data = {field: _value(getattr(application, field)) for field in APPLICATION_FIELDS}
    data["timeline"] = [
        {"from": c.from_status, "to": c.to_status, "note": c.note, "at": c.created_at.isoformat()}
        for c in application.status_changes.all()
    ]
    data["messages"] = [
        {"from_staff": m.from_staff, "body": m.body, "at": m.created_at.isoformat()}
        for m in application.messages.all()
        if not m.internal
    ]
    data["documents"] = [
        {"kind": d.kind, "name": d.original_name, "size": d.size, "uploaded_at": d.created_at.isoformat()}
        for d in application.documents.all()
    ]
    return data


def export_personal_data(user):
    """A JSON-ready dict of everything the platform's applications part holds about `user`."""
    applications = InvestmentApplication.objects.filter(applicant=user).prefetch_related(
        "status_changes", "messages", "documents"
    )
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "phone": user.phone,
            "organisation": user.organisation,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined.isoformat(),
        },
        "applications": [_application_data(application) for application in applications],
        "deletion_requests": [
            {"status": r.status, "requested_at": r.requested_at.isoformat()} for r in user.deletion_requests.all()
        ],
    }


def request_deletion(user, reason=""):
    """Ask staff to erase the user's personal data; one pending request at a time."""
    existing = DeletionRequest.objects.filter(user=user, status=DeletionStatus.PENDING).first()
    return existing or DeletionRequest.objects.create(user=user, reason=str(reason or "").strip())


def _anonymise_user(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=user).delete()
    user.full_name = _("Anonymised person")
    user.email = f"anonymised-{user.pk}@deleted.invalid"
    user.phone = ""
    user.organisation = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()


def approve_deletion(request_id, actor):
    """Anonymise the requesting person (staff only); statistics about their applications stay."""
    if not is_reviewer(actor):
        raise PermissionDenied(_("You are not allowed to approve deletion requests."))
    with transaction.atomic():
        request = DeletionRequest.objects.select_for_update().select_related("user").get(pk=request_id)
        if request.status != DeletionStatus.PENDING:
            return request
        user = request.user
        applications = InvestmentApplication.objects.filter(applicant=user)
        documents = list(ApplicationDocument.objects.filter(application__in=applications))
        names = [document.file.name for document in documents]
        ApplicationDocument.objects.filter(pk__in=[document.pk for document in documents]).delete()
        if names:
            storage = documents[0].file.storage
            transaction.on_commit(lambda: [storage.delete(name) for name in names])
        applications.update(
            representative_name="",
            representative_title="",
            contact_email="",
            contact_phone="",
            company_address="",
            registration_number="",
            draft_data={},
        )
        Message.objects.filter(author=user).update(body=_("[removed at the person's request]"))
        _anonymise_user(user)
        request.status = DeletionStatus.DONE
        request.decided_by = actor
        request.decided_at = timezone.now()
        request.save()
    return request
