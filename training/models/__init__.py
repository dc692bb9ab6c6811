"""Training models: programme pages, cohorts and sessions, registrations, attendance and certificates."""

from .cohorts import Cohort, CohortMode, Session, in_active_language
from .pages import ProgrammePage, TrainingIndexPage
from .registrations import (
    Attendance,
    Certificate,
    EmailNotice,
    NoticeKind,
    NoticeStatus,
    Registration,
    RegistrationStatus,
)

__all__ = [
    "Attendance",
    "Certificate",
    "Cohort",
    "CohortMode",
    "EmailNotice",
    "NoticeKind",
    "NoticeStatus",
    "ProgrammePage",
    "Registration",
    "RegistrationStatus",
    "Session",
    "TrainingIndexPage",
    "in_active_language",
]
