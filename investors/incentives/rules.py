"""Plain data the rules engine works on: a rule, a project profile and the conditions between them.

No Django here: the engine can be tested and reused without a database or a request.
"""

import datetime
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

CENT = Decimal("0.01")
ZERO = Decimal("0")


def to_cents(amount):
    """`amount` rounded half up to whole cents."""
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


class Benefit(StrEnum):
    """The kinds of benefit a rule grants."""

    CIT_RATE = "cit_rate"
    CIT_EXEMPTION = "cit_exemption"
    CIT_REDUCTION = "cit_reduction"
    LAND_RENT_EXEMPTION = "land_rent_exemption"
    IMPORT_DUTY_EXEMPTION = "import_duty_exemption"
    OTHER = "other"

    @property
    def domain(self):
        """Which tax the benefit lowers: "cit", "land", or None when the estimator cannot value it."""
        if self in (Benefit.CIT_RATE, Benefit.CIT_EXEMPTION, Benefit.CIT_REDUCTION):
            return "cit"
        if self is Benefit.LAND_RENT_EXEMPTION:
            return "land"
        return None


class Start(StrEnum):
    """When a rule's years start counting."""

    # Vietnamese CIT law: from the first year with taxable income, but no later than the 4th year of revenue.
    FIRST_TAXABLE_INCOME = "first_taxable_income"
    FIRST_REVENUE = "first_revenue"
    PROJECT_START = "project_start"
    # Land rent: after the package's exemption for the construction period (a rule counted from the project start).
    AFTER_CONSTRUCTION = "after_construction"


class Unmet(StrEnum):
    """Why a rule does not apply to a project."""

    SECTOR = "sector"
    CAPITAL = "capital"
    EMPLOYEES = "employees"
    LOCATION = "location"
    PARK_STATUS = "park_status"
    STATE_LEASE = "state_lease"
    SOCIALISED_EDUCATION = "socialised_education"
    NOT_IN_FORCE = "not_in_force"


class Requirement(StrEnum):
    """A fact about the project or the park that a rule may require (see Project.qualifications)."""

    # The park is designated as a concentrated digital technology zone (a site setting).
    PARK_STATUS = "park_status"
    # The land is leased from the State: land rent exemptions never cover a developer's sublease fee.
    STATE_LEASE = "state_lease"
    # Training that meets the criteria of "socialised" education and training.
    SOCIALISED_EDUCATION = "socialised_education"


@dataclass(frozen=True)
class Rule:
    """One machine-readable benefit with its conditions.

    `rate` is the preferential CIT rate (a fraction) of a CIT_RATE rule; `share` the part of the tax or
    rent taken off (1 = exemption, 0.5 = 50% reduction). Rules with the same non-empty `package` are
    one incentive level that applies together (e.g. 10% rate + 4 years exempt + 9 years halved);
    where packages of the same tax overlap the project gets the more favourable one only.
    """

    key: str
    name: str
    benefit: Benefit
    years: int = 0
    rate: Decimal | None = None
    share: Decimal = Decimal("1")
    starts: Start = Start.FIRST_REVENUE
    package: str = ""
    sectors: frozenset = frozenset()
    min_capital_usd: Decimal = ZERO
    min_employees: int = 0
    requires_park_location: bool = False
    requires: frozenset = frozenset()  # Requirement values
    in_force_from: datetime.date | None = None
    in_force_until: datetime.date | None = None  # last day in force; None: open-ended
    # Transition: a project that started while the rule was in force keeps it for its full term.
    continues_after_end: bool = False
    reference: object = field(default=None, compare=False)

    def __post_init__(self):
        # Accept plain strings and numbers from the database or tests; store the precise types.
        object.__setattr__(self, "benefit", Benefit(self.benefit))
        object.__setattr__(self, "starts", Start(self.starts))
        object.__setattr__(self, "share", Decimal(self.share))
        object.__setattr__(self, "min_capital_usd", Decimal(self.min_capital_usd))
        object.__setattr__(self, "sectors", frozenset(self.sectors))
        object.__setattr__(self, "requires", frozenset(Requirement(value) for value in self.requires))
        if self.rate is not None:
            object.__setattr__(self, "rate", Decimal(self.rate))

    @property
    def package_key(self):
        return self.package or f"rule:{self.key}"

    def unmet_conditions(self, project):
        """The conditions `project` does not meet (empty when the rule applies)."""
        unmet = []
        if self.sectors and project.sector not in self.sectors:
            unmet.append(Unmet.SECTOR)
        if project.capital_usd < self.min_capital_usd:
            unmet.append(Unmet.CAPITAL)
        if project.employees < self.min_employees:
            unmet.append(Unmet.EMPLOYEES)
        if self.requires_park_location and not project.in_park:
            unmet.append(Unmet.LOCATION)
        unmet.extend(Unmet(requirement.value) for requirement in sorted(self.requires - project.qualifications))
        if not any(self.in_force_in(year, project) for year in project.calendar_years):
            unmet.append(Unmet.NOT_IN_FORCE)
        return unmet

    def known_on(self, as_of):
        """The rule as the law stood on `as_of` (None if it was not yet published then).

        An end date set after `as_of` was not known on that day, so the rule reads as open-ended.
        """
        if as_of is None:
            return self
        if self.in_force_from is not None and self.in_force_from > as_of:
            return None
        if self.in_force_until is not None and self.in_force_until >= as_of:
            return replace(self, in_force_until=None)
        return self

    def in_force_in(self, calendar_year, project):
        """Whether the rule governs `calendar_year` of `project`, transition provisions included."""
        if self.in_force_from is not None and self.in_force_from.year > calendar_year:
            return False
        if self.in_force_until is None or self.in_force_until.year >= calendar_year:
            return True
        return self.continues_after_end and project.start_date <= self.in_force_until

    def applies_to(self, project):
        return not self.unmet_conditions(project)


@dataclass(frozen=True)
class Project:
    """An investor's project, year by year: revenue and pre-tax profit (a loss is negative)."""

    sector: str
    capital_usd: Decimal
    employees: int
    revenue_by_year: tuple
    profit_by_year: tuple
    land_area_m2: Decimal = ZERO
    lease_price_usd: Decimal = ZERO  # per m² per year
    in_park: bool = True
    start_year: int = 2026  # the calendar year of project year 1
    qualifications: frozenset = frozenset()  # Requirement values the project (or the park) meets
    # Total revenue of the preceding year in đồng: picks the standard CIT rate band (None: the general rate).
    revenue_vnd: Decimal | None = None
    # A member of a multinational group with consolidated revenue of at least EUR 750 million.
    in_minimum_tax_group: bool = False

    def __post_init__(self):
        object.__setattr__(self, "qualifications", frozenset(Requirement(value) for value in self.qualifications))

    @classmethod
    def steady(cls, *, annual_revenue_usd, profit_margin, years, **fields):
        """A project with the same revenue and margin (a fraction, may be negative) every year."""
        revenue = to_cents(annual_revenue_usd)
        profit = to_cents(revenue * Decimal(profit_margin))
        return cls(revenue_by_year=(revenue,) * years, profit_by_year=(profit,) * years, **fields)

    @property
    def years(self):
        return len(self.profit_by_year)

    @property
    def start_date(self):
        return datetime.date(self.start_year, 1, 1)

    @property
    def calendar_years(self):
        return range(self.start_year, self.start_year + self.years)

    def calendar_year(self, year):
        """The calendar year of project year `year` (1-based)."""
        return self.start_year + year - 1

    @property
    def annual_land_rent_usd(self):
        """Rent for the whole area at the list price, per year."""
        return to_cents(Decimal(self.land_area_m2) * Decimal(self.lease_price_usd))
