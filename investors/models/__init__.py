from .incentives import IncentiveRule
from .policies import PolicyAttachment, PolicyIndexPage, PolicyPage, RelatedPolicy

__all__ = ["IncentiveRule", "PolicyAttachment", "PolicyIndexPage", "PolicyPage", "RelatedPolicy"]
