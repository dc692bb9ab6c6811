"""The estimator service: gathers the rules, the land terms and the exchange rate, runs the engine.

Views call `parcel_choices()` and `build_estimate(cleaned_data)`; land data only comes through
`land.services`, imported lazily so this app never depends on land's internals.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Locale

from home.models import CurrencySettings
from investors.incentives import GLOBAL_MINIMUM_TAX, Benefit, Project, Requirement, estimate
from investors.models import IncentiveRule, ParkLegalStatus, PolicyPage

LAND_SERVICES = "land.services"


def _land_services():
    """land.services, or None while the land app does not provide it."""
    try:
        from land import services
    except ModuleNotFoundError as error:
        if error.name not in ("land", LAND_SERVICES):
            raise
        return None
    return services


def parcel_choices():
    """(code, label) of the parcels an investor can still lease."""
    services = _land_services()
    return list(services.parcel_choices(statuses=("available",), language=get_language())) if services else []


def unit_choices():
    """(code, label) of the office units and desks an investor can still lease, with their yearly cost."""
    services = _land_services()
    if services is None:
        return []
    offers = services.unit_offers(statuses=("available",), language=get_language())
    return [(offer.code, f"{offer.code} – {offer.kind}, {offer.area}, {offer.yearly_cost}") for offer in offers]


@dataclass(frozen=True)
class Money:
    """An amount in US dollars and its đồng equivalent at the site's exchange rate."""

    usd: Decimal
    vnd: Decimal


@dataclass(frozen=True)
class RuleCitation:
    """A rule as the reader sees it: what it grants, and the clause in their language."""

    rule: IncentiveRule
    description: str
    policy_title: str
    citation: str
    url: str


@dataclass(frozen=True)
class EstimateReport:
    """Everything the estimate page shows."""

    estimate: object
    rows: list
    totals: dict
    citations: dict  # engine rule key -> RuleCitation
    rate: CurrencySettings
    parcel: object = None
    parcel_url: str = ""
    area_m2: Decimal | None = None
    lease_price_usd: Decimal | None = None
    in_park: bool = False
    park_status: ParkLegalStatus | None = None
    as_of: object = None
    minimum_tax_group: bool = False
    minimum_tax_basis: str = GLOBAL_MINIMUM_TAX.legal_basis
    # Cost of occupancy (land.services): the unit chosen, the yearly cost of the premises, and that cost
    # less the average yearly saving from incentives.
    unit: object = None
    unit_url: str = ""
    occupancy: Money | None = None
    average_saving: Money | None = None
    net_per_year: Money | None = None

    def cite(self, rules):
        """The citations of engine `rules`, in order."""
        return [self.citations[rule.key] for rule in rules]

    @property
    def applied(self):
        return self.cite(self.estimate.applied)

    @property
    def overlapped(self):
        """(set-aside rule, the more favourable rules applied instead)."""
        return [(self.citations[rule.key], self.cite(better)) for rule, better in self.estimate.overlapped]

    @property
    def unvalued(self):
        return self.cite(self.estimate.unvalued)

    @property
    def standard_rates(self):
        """[(rate in %, legal basis, first calendar year, last calendar year)] as the years go."""
        periods = []
        for line in self.estimate.lines:
            key = (line.standard_rate * 100, line.standard_basis)
            if periods and periods[-1][:2] == key:
                periods[-1] = (*key, periods[-1][2], line.calendar_year)
            else:
                periods.append((*key, line.calendar_year, line.calendar_year))
        return periods

    @property
    def to_be_confirmed(self):
        """The applied or listed rules whose figures the legal reviewer has not yet confirmed."""
        rules = [*self.estimate.applied, *self.estimate.unvalued]
        return [self.citations[rule.key] for rule in rules if self.citations[rule.key].rule.needs_legal_review]

    @property
    def park_rules_set_aside(self):
        """Whether rules were left out because the park is not (yet) a designated zone."""
        from investors.incentives import Unmet

        return any(Unmet.PARK_STATUS in reasons for _rule, reasons in self.estimate.ineligible)


def _land_terms(data):
    """(parcel terms or None, area m², list price per m²/year) for the profile."""
    services = _land_services()
    if services is None:
        return None, data.get("area_m2"), None
    if data.get("parcel"):
        terms = services.parcel_lease_terms(data["parcel"])
        if terms is not None:
            return terms, terms.area_m2, terms.lease_price_usd
    if data.get("area_m2"):
        return None, data["area_m2"], services.reference_lease_price_usd()
    return None, None, None


def localized_policies(policies):
    """{policy pk: its live translation in the active language (or itself)}, in two queries."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    keys = {policy.translation_key for policy in policies}
    translated = {}
    if locale is not None:
        pages = PolicyPage.objects.live().filter(translation_key__in=keys, locale=locale)
        translated = {page.translation_key: page for page in pages}
    return {policy.pk: translated.get(policy.translation_key, policy) for policy in policies}


def _clause_heading(page, rule):
    for block in page.clauses:
        if (block.value["article"], block.value["clause"] or None) == (rule.article, rule.clause):
            return block.value["heading"]
    return ""


def _citations(rules, request):
    """{engine rule key: RuleCitation}; benefits the estimator cannot value are described by their clause heading."""
    pages = localized_policies({rule.policy for rule in rules})
    citations = {}
    for rule in rules:
        page = pages[rule.policy_id]
        description = str(rule.description())
        if Benefit(rule.benefit).domain is None:
            description = _clause_heading(page, rule) or description
        url = f"{page.get_url(request)}#{rule.anchor}"
        citations[str(rule.pk)] = RuleCitation(rule, description, page.title, str(rule.citation), url)
    return citations


def _qualifications(data, park_status):
    flags = {
        Requirement.PARK_STATUS: park_status.is_designated,
        Requirement.STATE_LEASE: bool(data.get("state_lease")),
        Requirement.SOCIALISED_EDUCATION: bool(data.get("socialised_education")),
    }
    return frozenset(requirement for requirement, met in flags.items() if met)


def build_project(data, rate, park_status):
    """The engine's Project for a valid EstimatorForm's cleaned data (amounts already in USD)."""
    terms, area, price = _land_terms(data)
    in_park = data.get("location") != "elsewhere"
    project = Project.steady(
        sector=data["sector"],
        capital_usd=data["capital_usd"],
        employees=data["employees"],
        annual_revenue_usd=data["annual_revenue_usd"],
        profit_margin=data["profit_margin"] / 100,
        years=data["years"],
        land_area_m2=area if (area and price) else Decimal("0"),
        lease_price_usd=price or Decimal("0"),
        in_park=in_park,
        start_year=data.get("start_year") or timezone.localdate().year,
        qualifications=_qualifications(data, park_status),
        revenue_vnd=rate.to_vnd(data["annual_revenue_usd"]),
        in_minimum_tax_group=bool(data.get("minimum_tax_group")),
    )
    return project, terms, area, price


def build_estimate(data, request=None):
    """Run the engine on a valid EstimatorForm's cleaned data, with the law in force on `as_of` (or today)."""
    rate = CurrencySettings.load(request_or_site=request)
    park_status = ParkLegalStatus.load(request_or_site=request)
    project, terms, area, price = build_project(data, rate, park_status)
    rules = list(IncentiveRule.objects.usable())
    result = estimate(project, [rule.to_engine_rule() for rule in rules], as_of=data.get("as_of"))
    citations = _citations(rules, request)
    totals = {name: _money(value, rate) for name, value in result.totals.items()}
    unit, occupancy_usd = _occupancy(data, terms)
    occupancy = average = net = None
    if occupancy_usd is not None and result.lines:
        saving = (totals["saving"].usd / len(result.lines)).quantize(Decimal("0.01"))
        occupancy, average = _money(occupancy_usd, rate), _money(saving, rate)
        net = _money(occupancy_usd - saving, rate)
    return EstimateReport(
        unit=unit,
        unit_url=_unit_url(unit),
        occupancy=occupancy,
        average_saving=average,
        net_per_year=net,
        estimate=result,
        rows=[_row(line, rate, citations) for line in result.lines],
        totals=totals,
        citations=citations,
        rate=rate,
        parcel=terms,
        parcel_url=terms.detail_url(get_language()) if terms else "",
        area_m2=area,
        lease_price_usd=price,
        in_park=project.in_park,
        park_status=park_status,
        as_of=data.get("as_of"),
        minimum_tax_group=project.in_minimum_tax_group,
    )


def _occupancy(data, parcel_terms):
    """(unit cost or None, yearly cost of the premises in USD or None): the chosen office unit's yearly cost
    (land.costs), or the chosen parcel's list rent and infrastructure fee."""
    services = _land_services()
    if services is None:
        return None, None
    if data.get("unit"):
        unit = services.unit_cost(data["unit"])
        return unit, (unit.yearly_cost_usd if unit else None)
    if parcel_terms is not None:
        return None, services.parcel_yearly_cost_usd(parcel_terms.code)
    return None, None


def _unit_url(unit):
    services = _land_services()
    if unit is None or services is None:
        return ""
    return services.unit_url(unit.code, get_language())


def _money(usd, rate):
    return Money(usd=usd, vnd=rate.to_vnd(usd))


def _row(line, rate, citations):
    names = ("standard_cit", "incentive_cit", "cit_saving", "list_rent", "rent_due", "rent_saving", "saving", "top_up")
    row = {name: _money(getattr(line, name), rate) for name in names}
    row.update(
        year=line.year,
        calendar_year=line.calendar_year,
        standard_rate=line.standard_rate * 100,
        profit=line.profit,
        taxable_income=line.taxable_income,
        cit_citations=[citations[rule.key] for rule in line.cit_rules],
        land_citations=[citations[rule.key] for rule in line.land_rules],
    )
    return row
