"""Models of the investment applications app, split by role and re-exported here."""

from .applications import (
    COUNTRY_CHOICES,
    ApplicationStatus,
    InvestmentApplication,
    OfficerAssignment,
    ReferenceCounter,
    StatusChange,
)
from .documents import ApplicationDocument, DocumentKind
from .letters import DecisionLetter, DecisionTemplate, LetterKind
from .messages import Message
from .notices import DeletionRequest, DeletionStatus, NoticeKind, ReminderClaim
from .review import AllocationCriterion, CriterionScore, Recommendation, Review, ReviewerAssignment

__all__ = [
    "COUNTRY_CHOICES",
    "AllocationCriterion",
    "CriterionScore",
    "DecisionLetter",
    "DecisionTemplate",
    "LetterKind",
    "Recommendation",
    "Review",
    "ReviewerAssignment",
    "ApplicationDocument",
    "ApplicationStatus",
    "DeletionRequest",
    "DeletionStatus",
    "DocumentKind",
    "InvestmentApplication",
    "Message",
    "OfficerAssignment",
    "NoticeKind",
    "ReferenceCounter",
    "ReminderClaim",
    "StatusChange",
]
