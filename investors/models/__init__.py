from .incentives import IncentiveRule
from .policies import PolicyAttachment, PolicyIndexPage, PolicyPage, RelatedPolicy
from .saved import AlertEmailKind, PolicyAlert, PolicyChange, PolicyChangeKind, SavedEstimate
from .settings import ParkDesignation, ParkLegalStatus

__all__ = [
    "AlertEmailKind",
    "PolicyAlert",
    "PolicyChange",
    "PolicyChangeKind",
    "SavedEstimate",
    "IncentiveRule",
    "ParkDesignation",
    "ParkLegalStatus",
    "PolicyAttachment",
    "PolicyIndexPage",
    "PolicyPage",
    "RelatedPolicy",
]
