"""Operations on registrations, attendance and certificates: the only code that changes their state.

Every registration change locks the cohort row first (`select_for_update`) inside one transaction,
so concurrent requests are serialised per cohort and seats are never oversold. E-mails are queued
in core's outbox and sent after commit (see emails.py); a failed e-mail never undoes the change it reports.
"""

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ratings.models import Service as RatedService
from ratings.services import ask_for_rating

from .models import (
    Attendance,
    Certificate,
    CertificateVerification,
    Cohort,
    NoticeKind,
    ProgrammePage,
    Registration,
    RegistrationStatus,
    Session,
    VerificationOutcome,
)
from .models.cohorts import SEAT_STATUSES
from .models.registrations import HOLDING_STATUSES
from .models.verifications import CODE_MAX_LENGTH
from .visitors import visitor_key

logger = logging.getLogger(__name__)

# No 0/O, 1/I/L: codes are read aloud and typed from paper.
CERTIFICATE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CERTIFICATE_CODE_LENGTH = 14


class TrainingError(Exception):
    """A refused operation; the message is translated and meant for the user."""


@dataclass(frozen=True)
class RegistrationAnswers:
    """The eligibility answers a trainee gives when registering."""

    education: str
    current_job: str
    motivation: str


def _locked_cohort(cohort_id):
    return Cohort.objects.select_for_update().get(pk=cohort_id)


def _queue_notice(registration, kind):
    """Record the e-mail owed (one per registration and kind) and send it once the transaction commits."""
    from .emails import queue_registration_email

    return queue_registration_email(registration, kind)


def _check_window(cohort, now):
    state = cohort.window_state(now)
    local_opens = timezone.localtime(cohort.registration_opens_at)
    if state == "not_open":
        raise TrainingError(
            _("Registration for %(code)s opens on %(date)s.")
            % {"code": cohort.code, "date": f"{local_opens:%d/%m/%Y %H:%M}"}
        )
    if state == "closed":
        raise TrainingError(_("Registration for %(code)s has closed.") % {"code": cohort.code})


def missing_prerequisites(cohort, trainee):
    """Programme pages the trainee must complete before joining `cohort` (empty when eligible)."""
    programme_versions = ProgrammePage.objects.filter(translation_key=cohort.programme_key)
    required = ProgrammePage.objects.filter(
        pk__in=ProgrammePage.required_programmes.through.objects.filter(
            from_programmepage__in=programme_versions
        ).values("to_programmepage")
    )
    required_keys = set(required.values_list("translation_key", flat=True))
    if not required_keys:
        return []
    completed_keys = set(
        Registration.objects.filter(trainee=trainee, status=RegistrationStatus.COMPLETED).values_list(
            "cohort__programme_key", flat=True
        )
    )
    missing = required_keys - completed_keys
    return [Cohort(programme_key=key).programme_page() for key in sorted(missing, key=str)]


def _check_prerequisites(cohort, trainee):
    missing = missing_prerequisites(cohort, trainee)
    if missing:
        titles = ", ".join(page.title for page in missing if page is not None)
        raise TrainingError(_("This programme requires you to complete first: %(titles)s.") % {"titles": titles})


@dataclass(frozen=True)
class SessionClash:
    """A session of the cohort being joined that overlaps a session of a cohort the trainee already holds."""

    session: Session
    other: Session


def session_clashes(cohort, trainee):
    """Sessions of `cohort` that overlap in time with the sessions of the trainee's other cohorts (confirmed,
    waitlisted or completed), in time order; empty for a visitor who is not signed in.

    Registering is still allowed (someone may plan to miss a session), but the form warns first.
    """
    if trainee is None or not trainee.is_authenticated:
        return []
    others = list(
        Session.objects.filter(
            cohort__registrations__trainee=trainee, cohort__registrations__status__in=HOLDING_STATUSES
        )
        .exclude(cohort=cohort)
        .select_related("cohort")
        .distinct()
    )
    clashes = []
    for session in cohort.sessions.all():
        for other in others:
            if session.starts_at < other.ends_at and other.starts_at < session.ends_at:
                clashes.append(SessionClash(session, other))
    return sorted(clashes, key=lambda clash: (clash.session.starts_at, clash.other.starts_at))


def register_trainee(cohort_id, trainee, answers, now=None):
    """Confirm `trainee` in the cohort while seats remain, otherwise put them on the waitlist."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        _check_window(cohort, now)
        if Registration.objects.filter(cohort=cohort, trainee=trainee, status__in=HOLDING_STATUSES).exists():
            raise TrainingError(_("You are already registered for %(code)s.") % {"code": cohort.code})
        _check_prerequisites(cohort, trainee)
        counts = cohort.registrations.aggregate(
            taken=Count("pk", filter=Q(status__in=SEAT_STATUSES)),
            waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        )
        if counts["taken"] < cohort.seats:
            status = RegistrationStatus.CONFIRMED
        elif counts["waiting"] < cohort.waitlist_limit:
            status = RegistrationStatus.WAITLISTED
        else:
            raise TrainingError(_("%(code)s is full and its waitlist is closed.") % {"code": cohort.code})
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    cohort=cohort,
                    trainee=trainee,
                    status=status,
                    education=answers.education,
                    current_job=answers.current_job,
                    motivation=answers.motivation,
                )
        except IntegrityError as error:
            raise TrainingError(_("You are already registered for %(code)s.") % {"code": cohort.code}) from error
        _queue_notice(registration, NoticeKind(status))
        logger.info("Registration %s of %s in %s: %s", registration.pk, trainee.pk, cohort.code, status)
        return registration


def promote_from_waitlist(cohort_id, now=None):
    """Give free seats to the oldest waitlisted trainees and e-mail them; returns those promoted."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        free = cohort.seats - cohort.registrations.filter(status__in=SEAT_STATUSES).count()
        if free <= 0:
            return []
        waiting = list(
            cohort.registrations.select_for_update()
            .filter(status=RegistrationStatus.WAITLISTED)
            .order_by("created_at", "pk")[:free]
        )
        for registration in waiting:
            registration.status = RegistrationStatus.CONFIRMED
            registration.promoted_at = now
            registration.save(update_fields=["status", "promoted_at", "status_changed_at"])
            _queue_notice(registration, NoticeKind.PROMOTED)
            logger.info("Registration %s promoted from the waitlist of %s", registration.pk, cohort.code)
        return waiting


def cancel_registration(registration_id, actor, reason="", now=None):
    """Cancel a confirmed or waitlisted registration; a freed seat goes to the oldest waitlisted trainee."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort_id = Registration.objects.values_list("cohort_id", flat=True).get(pk=registration_id)
        _locked_cohort(cohort_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if not registration.is_cancellable:
            raise TrainingError(_("This registration can no longer be cancelled."))
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.cancelled_by = actor
        registration.cancellation_reason = reason[:300]
        registration.save()
        logger.info("Registration %s cancelled by user %s", registration.pk, getattr(actor, "pk", None))
        promote_from_waitlist(cohort_id, now=now)
        return registration


def record_attendance(session, present_registration_ids, actor):
    """Mark the whole roster of a session at once: listed registrations present, the others absent."""
    present_ids = {int(pk) for pk in present_registration_ids}
    with transaction.atomic():
        _locked_cohort(session.cohort_id)
        roster = list(roster_for_attendance(session.cohort_id).values_list("pk", flat=True))
        existing = {record.registration_id: record for record in session.attendances.select_for_update()}
        to_create, to_update = [], []
        for registration_id in roster:
            record = existing.get(registration_id)
            if record is None:
                to_create.append(Attendance(session=session, registration_id=registration_id, recorded_by=actor))
                record = to_create[-1]
            else:
                to_update.append(record)
            record.present = registration_id in present_ids
            record.recorded_by = actor
            record.recorded_at = timezone.now()
        Attendance.objects.bulk_create(to_create)
        Attendance.objects.bulk_update(to_update, ["present", "recorded_by", "recorded_at"])
        return len(roster)


def delete_session(session_id, actor=None):
    """Remove one session of a cohort not yet assessed, provided no attendance was recorded for it."""
    with transaction.atomic():
        cohort_id = Session.objects.values_list("cohort_id", flat=True).get(pk=session_id)
        cohort = _locked_cohort(cohort_id)
        session = Session.objects.get(pk=session_id)
        refusals = cohort.session_change_refusals(removed=[session])
        if refusals:
            raise TrainingError(refusals[0])
        session.delete()
        logger.info("Session %s of %s removed by user %s", session_id, cohort.code, getattr(actor, "pk", None))


def roster_for_attendance(cohort_id):
    """Registrations that hold a seat (confirmed, or already assessed) in roster order."""
    return Registration.objects.filter(cohort_id=cohort_id, status__in=SEAT_STATUSES).order_by(
        "trainee__full_name", "pk"
    )


def with_attendance(registrations):
    """Annotate `present_count` and `session_count` on a registration queryset (one query)."""
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Coalesce

    from .models import Session

    sessions = (
        Session.objects.filter(cohort_id=OuterRef("cohort_id"))
        .order_by()
        .values("cohort_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return registrations.annotate(
        present_count=Count("attendances", filter=Q(attendances__present=True)),
        session_count=Coalesce(Subquery(sessions), 0),
    )


def attendance_percent(present_count, session_count):
    return round(100 * present_count / session_count) if session_count else 0


def complete_cohort(cohort_id, actor=None):
    """Apply the completion rule: attendance share ≥ the cohort's minimum → completed, else did not complete."""
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        if not cohort.sessions.exists():
            raise TrainingError(_("%(code)s has no sessions yet.") % {"code": cohort.code})
        results = {RegistrationStatus.COMPLETED: 0, RegistrationStatus.NO_SHOW: 0}
        for registration in with_attendance(roster_for_attendance(cohort.pk).select_related("trainee")):
            share = attendance_percent(registration.present_count, registration.session_count)
            status = (
                RegistrationStatus.COMPLETED if share >= cohort.min_attendance_percent else RegistrationStatus.NO_SHOW
            )
            Registration.objects.filter(pk=registration.pk).update(status=status, status_changed_at=timezone.now())
            results[status] += 1
            if registration.present_count:  # whoever attended is asked once to rate the course
                ask_for_rating(registration.trainee, RatedService.TRAINING, cohort, cohort.code)
        logger.info("Cohort %s assessed by user %s: %s", cohort.code, getattr(actor, "pk", None), results)
        return results


def new_certificate_code():
    return "".join(secrets.choice(CERTIFICATE_ALPHABET) for _index in range(CERTIFICATE_CODE_LENGTH))


def issue_certificates(cohort_id, actor=None, now=None):
    """Issue a certificate to every completer of the cohort who has none yet; returns the new ones."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        completers = cohort.registrations.filter(status=RegistrationStatus.COMPLETED, certificate__isnull=True)
        issued = []
        for registration in completers.select_related("trainee"):
            code = new_certificate_code()
            while Certificate.objects.filter(code=code).exists():
                code = new_certificate_code()
            issued.append(
                Certificate.objects.create(
                    registration=registration,
                    code=code,
                    holder_name=registration.trainee.get_full_name(),
                    issued_at=now,
                    issued_by=actor,
                )
            )
        logger.info("%s certificates issued for %s", len(issued), cohort.code)
        return issued


def revoke_certificate(certificate_id, actor, reason, now=None):
    """Revoke a certificate with a reason; verification then shows it as revoked with the date."""
    reason = (reason or "").strip()
    if not reason:
        raise TrainingError(_("Give the reason for revoking the certificate."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
        if certificate.revoked_at is not None:
            raise TrainingError(_("This certificate is already revoked."))
        certificate.revoked_at = now or timezone.now()
        certificate.revoked_by = actor
        certificate.revocation_reason = reason[:300]
        certificate.save()
        logger.info("Certificate %s revoked by user %s", certificate.pk, getattr(actor, "pk", None))
        return certificate


def record_verification(code, certificate, visitor_identity, now=None):
    """Count one verification of `code` per visitor and day (unknown codes too): the first view writes a
    row, later views by the same visitor that day add nothing. `visitor_identity` (training.visitors) is
    stored only as a daily keyed hash. A database error is logged, never raised."""
    if certificate is None:
        outcome = VerificationOutcome.UNKNOWN
    else:
        outcome = VerificationOutcome.VALID if certificate.is_valid else VerificationOutcome.REVOKED
    normalised = str(code).replace("\x00", "").strip().upper()[:CODE_MAX_LENGTH]  # PostgreSQL refuses NUL
    now = now or timezone.now()
    day = timezone.localdate(now)
    verification = CertificateVerification(
        certificate=certificate,
        code=normalised,
        outcome=outcome,
        verified_at=now,
        day=day,
        visitor=visitor_key(visitor_identity, day),
    )
    try:
        with transaction.atomic():  # a savepoint: a failed insert leaves the request's transaction usable
            CertificateVerification.objects.bulk_create([verification], ignore_conflicts=True)
    except DatabaseError:
        logger.exception("Could not record the verification of certificate code %s", normalised)
        return None
    return verification


def reminded_registrations():
    """Ids of registrations whose reminder is in the outbox already (queued, sent or failed)."""
    from .emails import emails_of_kind

    return emails_of_kind(NoticeKind.REMINDER).values("about_id")


def queue_reminders(days_before=3, now=None):
    """Queue a reminder for each confirmed trainee of cohorts starting within `days_before` days."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    queued = 0
    with transaction.atomic():
        due = Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            cohort__starts_on__gte=today,
            cohort__starts_on__lte=today + timedelta(days=days_before),
        ).exclude(pk__in=reminded_registrations())
        for registration in due:
            _queue_notice(registration, NoticeKind.REMINDER)
            queued += 1
    return queued
