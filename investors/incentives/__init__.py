"""The incentive rules engine: plain Python, independent of models and views."""

from .engine import STANDARD_CIT_RATE, Estimate, YearLine, estimate, taxable_incomes
from .rules import Benefit, Project, Rule, Start, Unmet, to_cents

__all__ = [
    "STANDARD_CIT_RATE",
    "Benefit",
    "Estimate",
    "Project",
    "Rule",
    "Start",
    "Unmet",
    "YearLine",
    "estimate",
    "taxable_incomes",
    "to_cents",
]
