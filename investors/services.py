"""Operations on incentives other code may call: save an estimate, start an application from one, and
list the incentives an application was granted with their legal basis (for the decision letter)."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from investors.estimates import build_estimate
from investors.models import IncentiveRule, SavedEstimate

SAVED_FIELDS = (
    "sector",
    "currency",
    "capital_usd",
    "employees",
    "annual_revenue_usd",
    "profit_margin",
    "minimum_tax_group",
    "location",
    "parcel",
    "area_m2",
    "unit",
    "state_lease",
    "socialised_education",
    "start_year",
    "as_of",
    "years",
)


def _storable(value):
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    return str(value)


def save_estimate(user, cleaned_data, title, request=None):
    """Compute the estimate for a valid EstimatorForm's data and keep it in `user`'s account, with the
    version and legal basis of every rule it applied. Amounts are stored in USD (already converted)."""
    report = build_estimate(cleaned_data, request)
    applied = [report.citations[rule.key] for rule in (*report.estimate.applied, *report.estimate.unvalued)]
    query = {name: _storable(cleaned_data.get(name)) for name in SAVED_FIELDS}
    query["currency"] = "USD"
    with transaction.atomic():
        saved = SavedEstimate.objects.create(
            owner=user,
            title=title,
            query={name: value for name, value in query.items() if value != ""},
            computed_on=cleaned_data.get("as_of") or timezone.localdate(),
            total_saving_usd=report.totals["saving"].usd,
            rule_versions=[
                {
                    "rule": citation.rule.pk,
                    "version": citation.rule.version,
                    "title": citation.rule.title,
                    "document": citation.rule.policy.document_number,
                    "citation": citation.citation,
                }
                for citation in applied
            ],
        )
        saved.rules.set([citation.rule for citation in applied])
    return saved


@dataclass(frozen=True)
class GrantedIncentive:
    """An incentive as the decision letter states it: what, and the legal basis."""

    description: str
    document_number: str
    policy_title: str
    citation: str


def requested_incentives(application):
    """The incentives the applicant asked for (from a saved estimate), in the active language."""
    from investors.estimates import localized_policies

    rules = list(application.requested_rules.select_related("policy").order_by("sort_order", "pk"))
    pages = localized_policies({rule.policy for rule in rules})
    return [
        GrantedIncentive(
            description=str(rule.description()),
            document_number=rule.policy.document_number,
            policy_title=pages[rule.policy_id].title,
            citation=str(rule.citation),
        )
        for rule in rules
    ]


def granted_incentives(application, outcome=None):
    """The incentives granted by an approved application's decision, with their legal basis (empty otherwise).

    The decision grants the incentives requested, as reviewed by staff, under the rules in force today.
    `outcome` is the decision about to be taken (the director's preview), else the application's status.
    """
    if (outcome or application.status) != "approved":
        return []
    return requested_incentives(application)


def rules_of_policy(policy):
    """The incentive rules citing `policy` (rules cite the source-language page of any translation)."""
    return IncentiveRule.objects.filter(policy__translation_key=policy.translation_key)
