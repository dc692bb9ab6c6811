"""The incentive rules engine: plain Python, independent of models and views."""

from .baseline import GLOBAL_MINIMUM_TAX, STANDARD_RATE_LAWS, standard_rate, standard_rate_law
from .engine import STANDARD_CIT_RATE, Estimate, YearLine, estimate, taxable_incomes
from .rules import Benefit, Project, Requirement, Rule, Start, Unmet, to_cents

__all__ = [
    "GLOBAL_MINIMUM_TAX",
    "STANDARD_CIT_RATE",
    "STANDARD_RATE_LAWS",
    "Requirement",
    "standard_rate",
    "standard_rate_law",
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
