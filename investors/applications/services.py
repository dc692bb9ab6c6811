"""The operations on investment applications: one function per transition, plus documents and messages.

Every state change locks the application row inside a transaction, checks the actor's role
(workflow.py), logs a StatusChange with actor, time and note, and queues e-mails that are sent only
after the commit (tasks.py), so a mail failure never undoes or blocks a transition.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from investors.incentives.sectors import SECTOR_CODES
from land import services as land_services
from ratings.models import Service as RatedService
from ratings.services import ask_for_rating

from . import documents as document_checks
from . import letters
from .models import (
    ApplicationDocument,
    ApplicationStatus,
    DocumentKind,
    InvestmentApplication,
    Message,
    NoticeKind,
    OfficerAssignment,
    ReferenceCounter,
    ReviewerAssignment,
    StatusChange,
)
from .models.documents import REQUIRED_KINDS
from .notifications import officers_to_notify, queue_notice
from .workflow import ASSIGN, SCREEN, TRANSITIONS, has_staff_permission, is_reviewer, may_take

NOTICE_VERSION = "2026-01"  # version of the personal-data notice shown on the review step


class ApplicationError(Exception):
    """A refused operation; the message is translated and shown to the user."""


class IllegalTransition(ApplicationError):
    """The application's current status does not allow this step."""


class IncompleteFile(ApplicationError):
    """A step refused because required documents are missing; `missing` lists their labels."""

    def __init__(self, message, missing):
        super().__init__(message)
        self.missing = missing


def _locked(application_id):
    return InvestmentApplication.objects.select_for_update().select_related("applicant").get(pk=application_id)


def next_reference(year):
    """The next reference number of `year`, e.g. DLSP-2026-000123; call inside a transaction."""
    counter = ReferenceCounter.objects.select_for_update().filter(year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                ReferenceCounter.objects.create(year=year)
        except IntegrityError:  # another request created this year's counter first
            pass
        counter = ReferenceCounter.objects.select_for_update().get(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"DLSP-{year}-{counter.last_number:06d}"


def start_draft(user, parcel_code=None, unit_code=None):
    """The user's most recent draft (or a new one, prefilled from the profile), with `parcel_code` (an
    available parcel) or `unit_code` (an available office unit) added."""
    with transaction.atomic():
        application = (
            InvestmentApplication.objects.select_for_update()
            .filter(applicant=user, status=ApplicationStatus.DRAFT)
            .order_by("-updated_at")
            .first()
        )
        if application is None:
            application = InvestmentApplication.objects.create(
                applicant=user,
                company_name=user.organisation,
                representative_name=user.full_name,
                contact_email=user.email,
                contact_phone=user.phone,
            )
        terms = land_services.parcel_lease_terms(parcel_code) if parcel_code else None
        if terms is not None and terms.status == "available" and terms.code not in application.parcel_codes:
            application.parcel_codes = [*application.parcel_codes, terms.code]
            application.save(update_fields=["parcel_codes", "updated_at"])
        unit = land_services.unit_cost(unit_code) if unit_code else None
        if unit is not None and unit.status == "available" and unit.code not in application.unit_codes:
            application.unit_codes = [*application.unit_codes, unit.code]
            application.save(update_fields=["unit_codes", "updated_at"])
    return application


def missing_items(application):
    """What still prevents submission, as translated sentences (empty when complete)."""
    missing = []
    required = {
        "company_name": _("the company name"),
        "country": _("the country"),
        "registration_number": _("the registration or tax number"),
        "company_address": _("the address"),
        "representative_name": _("the legal representative"),
        "contact_email": _("a contact e-mail"),
        "sector": _("the sector"),
        "project_title": _("the project name"),
        "description": _("the project description"),
        "capital_usd": _("the investment capital"),
        "staff_total": _("the staff plan"),
    }
    missing += [label for field, label in required.items() if getattr(application, field) in (None, "")]
    if not application.parcel_codes and not application.unit_codes and not application.required_area_m2:
        missing.append(_("the premises: choose parcels or office units, or give the required area"))
    return missing + missing_documents(application)


def required_document_kinds(application):
    """The document kinds `application` must hold (the same three for every file today)."""
    return REQUIRED_KINDS


def missing_documents(application):
    """Labels of the required document kinds with no current version on the file (empty when complete)."""
    present = set(application.documents.current().values_list("kind", flat=True))
    return [str(kind.label) for kind in required_document_kinds(application) if kind not in present]


# What each step says when the file lacks required documents (completeness is checked again on
# resubmission, on starting appraisal and on approval, inside the step's transaction).
INCOMPLETE_MESSAGES = {
    "resubmit": gettext_lazy(
        "Your file is missing required documents: %(items)s. Upload them, then send your answer again."
    ),
    "start_appraisal": gettext_lazy(
        "Appraisal cannot start: the file is missing required documents: %(items)s. "
        "Request them from the applicant first."
    ),
    "approve": gettext_lazy(
        "This file cannot be approved: it is missing required documents: %(items)s. "
        "The applicant must provide them first."
    ),
}


def _require_documents(name, application):
    missing = missing_documents(application)
    if missing:
        raise IncompleteFile(INCOMPLETE_MESSAGES[name] % {"items": "; ".join(missing)}, missing)


# Steps whose note is addressed to the applicant by nature: the applicant's own words, and the
# officer's information request (which says what is missing). Every other staff step's note is
# internal unless staff explicitly address it to the applicant.
NOTE_FOR_APPLICANT = ("submit", "resubmit", "withdraw", "request_information")


def note_is_internal(name, internal=None):
    """Whether the note of step `name` stays with staff; refuses an internal information request."""
    if name in NOTE_FOR_APPLICANT:
        if internal:
            raise ApplicationError(_("An information request is addressed to the applicant; it cannot be internal."))
        return False
    return True if internal is None else bool(internal)


def _apply(name, application_id, actor, note="", prepare=None, internal=None):
    transition = TRANSITIONS[name]
    note = str(note or "").strip()
    if transition.note_required and not note:
        raise ApplicationError(_("Write a note explaining this step."))
    internal = note_is_internal(name, internal)
    with transaction.atomic():
        application = _locked(application_id)
        if not may_take(actor, transition, application):
            raise PermissionDenied(_("You are not allowed to take this step on this application."))
        if application.status not in transition.sources:
            raise IllegalTransition(
                _("This application is “%(status)s”; “%(step)s” is not possible now.")
                % {"status": application.get_status_display(), "step": transition.label}
            )
        if prepare:
            prepare(application)
        previous, now = application.status, timezone.now()
        application.status = transition.target
        application.step_started_at = now
        if transition.target in (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED):
            application.decided_at = now
        application.save()
        change = StatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=application.status,
            actor=actor,
            note=note,
            internal=internal,
        )
        if application.is_decided:  # the PDF letter is made once, in the decision's transaction
            letters.issue_decision_letter(application, change)
            # The applicant is asked once to rate the service; the e-mail leaves after the commit.
            ask_for_rating(application.applicant, RatedService.APPLICATION, application, application.reference, now)
        _notify(name, application)
    return application


def _notify(name, application):
    applicant_kind = {
        "submit": NoticeKind.SUBMITTED,
        "request_information": NoticeKind.INFO_REQUESTED,
        "resubmit": NoticeKind.RESUBMITTED,
        "approve": NoticeKind.DECISION,
        "reject": NoticeKind.DECISION,
    }.get(name)
    if applicant_kind:
        queue_notice(application, application.applicant, applicant_kind)
    if name in ("submit", "resubmit", "start_appraisal"):
        for officer in officers_to_notify(application, directors=name == "start_appraisal"):
            queue_notice(application, officer, NoticeKind.NEW_WORK)


def submit_application(application_id, actor, consent=False):
    """Draft → submitted: checks completeness and consent, issues the reference number."""

    def prepare(application):
        if not consent:
            raise ApplicationError(_("Please accept the personal-data notice to submit."))
        missing = missing_items(application)
        if missing:
            raise ApplicationError(_("The application is incomplete: %(items)s.") % {"items": "; ".join(missing)})
        now = timezone.now()
        application.reference = application.reference or next_reference(timezone.localdate().year)
        application.submitted_at = now
        application.consent_version, application.consent_at = NOTICE_VERSION, now
        application.draft_data = {}

    return _apply("submit", application_id, actor, prepare=prepare)


def start_screening(application_id, actor, note, internal=None):
    """Submitted → screening (investment officer): the acting officer becomes one of the file's
    reviewers, and its assigned officer if nobody is assigned yet."""

    def prepare(application):
        if application.assigned_officer_id is None:
            application.assigned_officer = actor
            OfficerAssignment.objects.create(
                application=application, officer=actor, officer_name=actor.get_full_name(), assigned_by=actor
            )
        if not ReviewerAssignment.objects.filter(application=application, reviewer=actor).exists():
            ReviewerAssignment.objects.create(application=application, reviewer=actor, assigned_by=actor)

    return _apply("start_screening", application_id, actor, note, prepare=prepare, internal=internal)


def request_information(application_id, actor, note, internal=None):
    """Screening or resubmitted → information requested (investment officer); the note says what is missing."""
    return _apply("request_information", application_id, actor, note, internal=internal)


def resubmit(application_id, actor, note):
    """Information requested → resubmitted (the applicant answers); refused while documents are missing."""
    return _apply("resubmit", application_id, actor, note, prepare=lambda a: _require_documents("resubmit", a))


def start_appraisal(application_id, actor, note, internal=None):
    """Screening or resubmitted → appraisal (investment officer); refused while documents are missing."""

    def prepare(application):
        _require_documents("start_appraisal", application)

    return _apply("start_appraisal", application_id, actor, note, prepare=prepare, internal=internal)


def approve(application_id, actor, note, internal=None):
    """Appraisal → approved (director): refused while documents are missing; reserves every requested
    parcel in the same transaction."""

    def prepare(application):
        _require_documents("approve", application)
        reason = _("Investment application %(reference)s approved") % {"reference": application.reference}
        for code in application.parcel_codes:
            try:
                land_services.reserve(code, actor=actor, reason=reason, reference=application.reference)
            except land_services.LandServiceError as error:
                raise ApplicationError(
                    _("Parcel %(code)s cannot be reserved: %(error)s") % {"code": code, "error": error}
                ) from error

    return _apply("approve", application_id, actor, note, prepare=prepare, internal=internal)


def reject(application_id, actor, note, internal=None):
    """Appraisal → rejected (director); a note for the applicant gives the reasons in the decision letter."""
    return _apply("reject", application_id, actor, note, internal=internal)


def withdraw(application_id, actor, note=""):
    """Any open, submitted status → withdrawn (the applicant, before a decision)."""
    return _apply("withdraw", application_id, actor, note)


def check_step(name, application_id, actor):
    """Raise what step `name` would refuse now (role, status, missing documents), changing nothing;
    the director's confirmation page runs it before showing the letter preview."""
    transition = TRANSITIONS.get(name)
    if transition is None or name not in STAFF_STEPS:
        raise IllegalTransition(_("Unknown step."))
    application = InvestmentApplication.objects.get(pk=application_id)
    if not may_take(actor, transition, application):
        raise PermissionDenied(_("You are not allowed to take this step on this application."))
    if application.status not in transition.sources:
        raise IllegalTransition(
            _("This application is “%(status)s”; “%(step)s” is not possible now.")
            % {"status": application.get_status_display(), "step": transition.label}
        )
    if name in INCOMPLETE_MESSAGES:
        _require_documents(name, application)
    return application


STAFF_STEPS = ("start_screening", "request_information", "start_appraisal", "approve", "reject")


def take_step(name, application_id, actor, note="", internal=None):
    """Run the transition called `name` (used by the staff review buttons).

    `internal`: whether the note stays with staff (None: internal, except for an information request,
    which is always addressed to the applicant)."""
    functions = {
        "start_screening": start_screening,
        "request_information": request_information,
        "start_appraisal": start_appraisal,
        "approve": approve,
        "reject": reject,
    }
    if name not in functions:
        raise IllegalTransition(_("Unknown step."))
    return functions[name](application_id, actor, note, internal=internal)


def assign_officer(application_id, actor, officer):
    """Give the file to an investment officer, or take it back with `officer=None` (holders of
    `assign_application` may assign); each change is an OfficerAssignment on the staff timeline."""
    if not has_staff_permission(actor, ASSIGN):
        raise PermissionDenied(_("You are not allowed to assign applications."))
    if officer is not None and not has_staff_permission(officer, SCREEN):
        raise ApplicationError(_("Only an investment officer can be assigned."))
    with transaction.atomic():
        application = _locked(application_id)
        if application.assigned_officer_id == (officer.pk if officer else None):
            return application  # nothing changes: no timeline entry, no e-mail
        application.assigned_officer = officer
        application.save(update_fields=["assigned_officer", "updated_at"])
        OfficerAssignment.objects.create(
            application=application,
            officer=officer,
            officer_name=officer.get_full_name() if officer else "",
            assigned_by=actor,
        )
        if officer is not None and officer != actor:
            queue_notice(application, officer, NoticeKind.NEW_WORK)
    return application


def _editable_by_applicant(application, user):
    if not application.acts_for(user):
        raise PermissionDenied(_("This is not your application."))
    if application.status not in (ApplicationStatus.DRAFT, ApplicationStatus.INFO_REQUESTED):
        raise ApplicationError(_("Documents can only be added to a draft or when information is requested."))


def add_document(application_id, user, upload, kind, message=None):
    """Check and store an upload: the applicant's (draft or info requested), or a thread attachment."""
    with transaction.atomic():
        application = _locked(application_id)
        if message is None:
            _editable_by_applicant(application, user)
        return _store_document(application, user, upload, kind, message=message)


def _store_document(application, user, upload, kind, message=None, replaces=None):
    current = application.documents.filter(superseded_at__isnull=True).count() - (1 if replaces else 0)
    try:
        content_type, extension = document_checks.check_upload(upload, current, application.documents.count())
    except ValidationError as error:
        raise ApplicationError(error.messages[0]) from error
    original_name = upload.name
    upload.name = f"upload{extension}"  # document_path() replaces it with a random name
    return ApplicationDocument.objects.create(
        application=application,
        message=message,
        kind=DocumentKind.ATTACHMENT if message else kind,
        file=upload,
        original_name=document_checks.clean_display_name(original_name, extension),
        content_type=content_type,
        size=upload.size,
        uploaded_by=user,
        replaces=replaces,
    )


def replace_document(application_id, user, document_id, upload):
    """Upload a new version of one of the applicant's documents (draft or info requested).

    The earlier version is kept, file and all, marked as replaced; staff see every version with who
    uploaded it and when, and the replacement appears in the timeline."""
    with transaction.atomic():
        application = _locked(application_id)
        _editable_by_applicant(application, user)
        previous = application.documents.current().select_for_update().filter(pk=document_id).first()
        if previous is None:
            raise ApplicationError(_("That document does not exist or has already been replaced."))
        document = _store_document(application, user, upload, previous.kind, replaces=previous)
        previous.superseded_at = document.created_at
        previous.save(update_fields=["superseded_at"])
        return document


def remove_document(application_id, user, document_id):
    """Delete one of the applicant's documents, with its earlier versions, while the file is a draft.

    Once submitted, a file's documents are part of the record: they are replaced, never removed."""
    with transaction.atomic():
        application = _locked(application_id)
        if not application.acts_for(user):
            raise PermissionDenied(_("This is not your application."))
        if application.status != ApplicationStatus.DRAFT:
            raise ApplicationError(
                _(
                    "Documents can only be removed from a draft. After submission, upload a new version "
                    "instead; the park keeps the earlier one."
                )
            )
        document = application.documents.current().filter(pk=document_id).first()
        if document is None:
            raise ApplicationError(_("That document does not exist."))
        versions = [document, *document.earlier_versions()]  # newest first: each one protects the next
        names = [version.file.name for version in versions]
        storage = document.file.storage
        for version in versions:
            version.delete()
        transaction.on_commit(lambda: [storage.delete(name) for name in names])


def document_versions(application):
    """The file's current documents, each with its earlier versions (newest first), from one query."""
    documents = list(application.documents.filter(message__isnull=True).select_related("uploaded_by"))
    by_id = {document.pk: document for document in documents}
    rows = []
    for document in documents:
        if document.superseded_at is not None:
            continue
        earlier, previous = [], by_id.get(document.replaces_id)
        while previous is not None:
            earlier.append(previous)
            previous = by_id.get(previous.replaces_id)
        rows.append({"document": document, "earlier": earlier})
    return rows


def post_message(application_id, author, body, internal=None, uploads=()):
    """Add a message (and attachments) to the thread.

    Staff must say whether it is for the applicant (`internal=False`) or an internal note
    (`internal=True`); there is no default, so nothing reaches the applicant by omission."""
    body = str(body or "").strip()
    if not body:
        raise ApplicationError(_("Write a message."))
    staff = is_reviewer(author)
    if staff and internal is None:
        raise ApplicationError(_("Choose who reads this: the applicant, or staff only (internal note)."))
    with transaction.atomic():
        application = _locked(application_id)
        if not staff and not application.acts_for(author):
            raise PermissionDenied(_("This is not your application."))
        if application.status == ApplicationStatus.DRAFT:
            raise ApplicationError(_("Messages start once the application is submitted."))
        message = Message.objects.create(
            application=application, author=author, from_staff=staff, internal=bool(staff and internal), body=body
        )
        for upload in uploads:
            add_document(application.pk, author, upload, DocumentKind.ATTACHMENT, message=message)
        if not message.internal:
            recipients = [application.applicant] if staff else officers_to_notify(application)
            for recipient in recipients:
                queue_notice(application, recipient, NoticeKind.MESSAGE)
    return message


def start_application_from_estimate(user, saved_estimate):
    """The user's draft application with the saved estimate's project data and incentives requested."""
    if saved_estimate.owner_id != user.pk:
        raise PermissionError("not the owner of this estimate")
    application = start_draft(
        user,
        parcel_code=saved_estimate.query.get("parcel") or None,
        unit_code=saved_estimate.query.get("unit") or None,
    )
    query = saved_estimate.query
    application.saved_estimate = saved_estimate
    if not application.sector:
        application.sector = query.get("sector") if query.get("sector") in SECTOR_CODES else ""
    if application.capital_usd is None and query.get("capital_usd"):
        application.capital_usd = query["capital_usd"]
    if application.staff_total is None and query.get("employees"):
        application.staff_total = int(query["employees"])
    if application.required_area_m2 is None and query.get("area_m2"):
        application.required_area_m2 = query["area_m2"]
    application.save()
    application.requested_rules.set(saved_estimate.rules.all())
    return application


# Rejected and withdrawn files have no project left to protect from a change in the law.
CLOSED_WITHOUT_PROJECT = (ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)


def applications_relying_on(rules):
    """Open and approved applications that requested any of `rules` (for policy-change alerts)."""
    return list(
        InvestmentApplication.objects.filter(requested_rules__in=rules)
        .exclude(status__in=CLOSED_WITHOUT_PROJECT)
        .select_related("applicant")
        .distinct()
    )
