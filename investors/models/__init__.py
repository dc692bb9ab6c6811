from .incentives import IncentiveRule
from .policies import PolicyAttachment, PolicyIndexPage, PolicyPage, RelatedPolicy
from .procedure import HowToInvestPage, SavedChecklist
from .saved import AlertEmailKind, PolicyAlert, PolicyChange, PolicyChangeKind, SavedEstimate
from .settings import ParkDesignation, ParkLegalStatus

__all__ = [
    "AlertEmailKind",
    "PolicyAlert",
    "PolicyChange",
    "PolicyChangeKind",
    "SavedEstimate",
    "HowToInvestPage",
    "SavedChecklist",
    "IncentiveRule",
    "ParkDesignation",
    "ParkLegalStatus",
    "PolicyAttachment",
    "PolicyIndexPage",
    "PolicyPage",
    "RelatedPolicy",
]
