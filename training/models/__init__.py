"""Training models: programme pages, cohorts, sessions, registrations, attendance, certificates, verifications."""

from .cohorts import Cohort, CohortMode, Session
from .pages import ProgrammePage, TrainingIndexPage
from .registrations import (
    Attendance,
    Certificate,
    NoticeKind,
    Registration,
    RegistrationStatus,
)
from .verifications import CertificateVerification, VerificationOutcome

__all__ = [
    "Attendance",
    "Certificate",
    "CertificateVerification",
    "Cohort",
    "CohortMode",
    "NoticeKind",
    "ProgrammePage",
    "Registration",
    "RegistrationStatus",
    "Session",
    "TrainingIndexPage",
    "VerificationOutcome",
]
