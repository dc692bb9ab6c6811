"""Models of the investment applications app, split by role and re-exported here."""

from .applications import (
    COUNTRY_CHOICES,
    ApplicationStatus,
    InvestmentApplication,
    ReferenceCounter,
    Sector,
    StatusChange,
)
from .documents import ApplicationDocument, DocumentKind, PrivateMediaStorage
from .messages import Message
from .notices import DeletionRequest, DeletionStatus, NoticeKind

__all__ = [
    "COUNTRY_CHOICES",
    "ApplicationDocument",
    "ApplicationStatus",
    "DeletionRequest",
    "DeletionStatus",
    "DocumentKind",
    "InvestmentApplication",
    "Message",
    "NoticeKind",
    "PrivateMediaStorage",
    "ReferenceCounter",
    "Sector",
    "StatusChange",
]
