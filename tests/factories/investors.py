"""Factories for incentive policy pages and rules.

Pages are created under a parent with `PolicyPageFactory(parent=index)`; translations with
`translate_page(page, "en", slug=..., title=...)`.
"""

import datetime
from decimal import Decimal

import factory

from investors.models import IncentiveRule, PolicyIndexPage, PolicyPage


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
