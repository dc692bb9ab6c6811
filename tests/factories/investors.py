"""Factories for incentive policy pages and rules.

Pages are created under a parent with `PolicyPageFactory(parent=index)`; translations with
`translate_page(page, "en", slug=..., title=...)`.
"""

import datetime
from decimal import Decimal

import factory

from investors.models import HowToInvestPage, IncentiveRule, PolicyIndexPage, PolicyPage


def clause(article, clause_number=None, heading="Clause heading", text="<p>Clause text.</p>"):
    """A value for PolicyPage.clauses."""
    return ("clause", {"article": article, "clause": clause_number, "heading": heading, "text": text})


class _PageFactory(factory.Factory):
    """Builds a page and adds it under `parent`, published."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(locale=parent.locale, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


class PolicyIndexPageFactory(_PageFactory):
    class Meta:
        model = PolicyIndexPage

    title = "Investment incentives"
    slug = "incentives"
    show_in_menus = True


class PolicyPageFactory(_PageFactory):
    class Meta:
        model = PolicyPage

    title = factory.Sequence(lambda number: f"Policy {number}")
    slug = factory.Sequence(lambda number: f"policy-{number}")
    summary = "A policy for software companies."
    category = "tax"
    document_number = factory.Sequence(lambda number: f"{number}/2013/NĐ-CP")
    issuing_body = "The Government"
    signed_on = datetime.date(2013, 12, 26)
    effective_from = datetime.date(2014, 2, 15)
    status = "in_force"
    audience = "all"
    sectors = factory.LazyFunction(list)
    clauses = factory.LazyFunction(lambda: [clause(15, 1), clause(16, 1)])


def procedure_step(title, origin="", premises="", foreign_staff=False, sectors=(), **fields):
    """A value for HowToInvestPage.steps: one step with its conditions and plain facts."""
    return (
        "step",
        {
            "title": title,
            "summary": "",
            "authority": fields.get("authority", f"Authority of {title}"),
            "legal_basis": fields.get("legal_basis", f"Legal basis of {title}"),
            "documents": fields.get("documents", [f"Form for {title}"]),
            "time_limit": fields.get("time_limit", "15 days"),
            "fee": fields.get("fee", "None"),
            "portal_url": fields.get("portal_url", ""),
            "portal_label": fields.get("portal_label", ""),
            "to_be_confirmed": fields.get("to_be_confirmed", False),
            "investor_origin": origin,
            "premises": premises,
            "foreign_staff": foreign_staff,
            "sectors": list(sectors),
        },
    )


def default_procedure_steps():
    return [
        procedure_step("Investment registration certificate", origin="foreign", portal_url="https://dichvucong.gov.vn"),
        procedure_step("Enterprise registration"),
        procedure_step("Land lease", premises="land"),
        procedure_step("Office lease", premises="office"),
        procedure_step("Environmental permit", premises="land", sectors=["data_centre"]),
        procedure_step("Work permits", foreign_staff=True),
    ]


class HowToInvestPageFactory(_PageFactory):
    """The How to invest page with six steps covering every kind of condition."""

    class Meta:
        model = HowToInvestPage

    title = "How to invest"
    slug = "how-to-invest"
    introduction = "The whole procedure."
    steps = factory.LazyFunction(default_procedure_steps)


def translate_page(page, language_code, **fields):
    """Publish `page`'s translation into `language_code` with `fields` changed."""
    from core.seeding import ensure_translation

    return ensure_translation(page, language_code, fields.pop("slug"), **fields)


class IncentiveRuleFactory(factory.django.DjangoModelFactory):
    """A 10% CIT rate for 15 years citing article 15(1) of `policy`."""

    class Meta:
        model = IncentiveRule

    title = factory.Sequence(lambda number: f"Rule {number}")
    article = 15
    clause = 1
    benefit = "cit_rate"
    rate_percent = Decimal("10")
    share_percent = Decimal("100")
    years = 15
    starts = "first_revenue"
    sectors = factory.LazyFunction(list)
