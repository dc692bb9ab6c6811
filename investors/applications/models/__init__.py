"""Models of the investment applications app, split by role and re-exported here."""

from .applications import (
    ApplicationStatus,
    InvestmentApplication,
    OfficerAssignment,
    ReferenceCounter,
    StatusChange,
    applicant_or_member,
)
from .documents import ApplicationDocument, DocumentKind
from .letters import DecisionLetter, DecisionTemplate, LetterKind
from .messages import Message
from .notices import DeletionRequest, DeletionStatus, NoticeKind, ReminderClaim
from .review import AllocationCriterion, CriterionScore, Recommendation, Review, ReviewerAssignment

__all__ = [
    "applicant_or_member",
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
