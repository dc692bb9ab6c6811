"""Training's part of a person's data export and erasure (registered with accounts.personal_data).

Export: every registration (answers, status, dates, attendance), every certificate and every logged
verification of those certificates. Erasure waits while a registration is confirmed or waitlisted
in a cohort that has not finished; afterwards the registration, attendance and certificate records
stay (the park's record of who was trained, without the person), the eligibility answers and the
cancellation reason are removed and certificates no longer show the holder's name.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts import personal_data as registry

from .models import Certificate, CertificateVerification, Registration, RegistrationStatus

WAITING_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


def _iso(value):
    return value.isoformat() if value is not None else None


def _registration_data(registration):
    return {
        "cohort": registration.cohort.code,
        "starts_on": _iso(registration.cohort.starts_on),
        "ends_on": _iso(registration.cohort.ends_on),
        "status": registration.status,
        "education": registration.education,
        "current_job": registration.current_job,
        "motivation": registration.motivation,
        "registered_at": _iso(registration.created_at),
        "promoted_at": _iso(registration.promoted_at),
        "cancelled_at": _iso(registration.cancelled_at),
        "cancellation_reason": registration.cancellation_reason,
        "attendance": [
            {"session": _iso(attendance.session.starts_at), "present": attendance.present}
            for attendance in registration.attendances.all()
        ],
    }


def _certificate_data(certificate):
    return {
        "code": certificate.code,
        "cohort": certificate.registration.cohort.code,
        "holder_name": certificate.holder_name,
        "issued_at": _iso(certificate.issued_at),
        "revoked_at": _iso(certificate.revoked_at),
        "revocation_reason": certificate.revocation_reason,
    }


def export(user):
    """Registrations, certificates and the verification log of those certificates."""
    registrations = (
        Registration.objects.filter(trainee=user)
        .select_related("cohort")
        .prefetch_related("attendances__session")
        .order_by("created_at", "pk")
    )
    certificates = Certificate.objects.filter(registration__trainee=user).select_related("registration__cohort")
    verifications = CertificateVerification.objects.filter(certificate__registration__trainee=user)
    return {
        "registrations": [_registration_data(registration) for registration in registrations],
        "certificates": [_certificate_data(certificate) for certificate in certificates],
        "certificate_verifications": [
            {"code": entry.code, "outcome": entry.outcome, "verified_at": _iso(entry.verified_at)}
            for entry in verifications.order_by("verified_at", "pk")
        ],
    }


def open_items(user, today=None):
    """Confirmed or waitlisted registrations in cohorts that have not finished yet."""
    today = today or timezone.localdate()
    registrations = (
        Registration.objects.filter(trainee=user, status__in=WAITING_STATUSES, cohort__ends_on__gte=today)
        .select_related("cohort")
        .order_by("cohort__starts_on", "pk")
    )
    return [
        _(
            "Training registration for cohort %(cohort)s is %(status)s until the cohort ends on %(date)s: "
            "cancel it or wait until then."
        )
        % {
            "cohort": registration.cohort.code,
            "status": registration.get_status_display(),
            "date": date_format(registration.cohort.ends_on, "SHORT_DATE_FORMAT"),
        }
        for registration in registrations
    ]


def erase(user):
    """Remove the person's answers and the name on their certificates; keep who-was-trained records."""
    Registration.objects.filter(trainee=user).update(
        education="", current_job="", motivation="", cancellation_reason=""
    )
    Certificate.objects.filter(registration__trainee=user).update(holder_name=_("Anonymised person"))


def register():
    registry.register(registry.Provider(name="training", export=export, open_items=open_items, erase=erase, order=20))
