"""The shape of one demo policy, so the data modules stay declarative."""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Clause:
    """A numbered clause: the same numbers in both languages, heading and text per language."""

    article: int
    clause: int | None
    heading_vi: str
    text_vi: str
    heading_en: str
    text_en: str


@dataclass(frozen=True)
class DemoPolicy:
    """One bilingual demo policy with the incentive rules that cite its clauses."""

    key: str
    category: str
    document_number: str
    signed_on: datetime.date
    effective_from: datetime.date
    slug_vi: str
    title_vi: str
    issuer_vi: str
    summary_vi: str
    body_vi: str
    slug_en: str
    title_en: str
    issuer_en: str
    summary_en: str
    body_en: str
    clauses: tuple
    rules: tuple = ()  # dicts of IncentiveRule fields (title, article, clause, benefit, ...)
    audience: str = "all"
    sectors: tuple = ()
    status: str = "in_force"
    superseded_by: str = ""  # key of the replacing DemoPolicy
    needs_legal_review: bool = False  # shown as "to be confirmed by the legal reviewer"
    related: tuple = field(default=())  # keys of related DemoPolicies


def d(year, month, day):
    return datetime.date(year, month, day)
