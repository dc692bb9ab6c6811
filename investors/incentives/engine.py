"""The estimator's arithmetic: standard CIT and land rent against the same with the applicable rules.

`estimate(project, rules, as_of=None)` returns a year-by-year table. For each tax (CIT, land rent)
the eligible rules are grouped into packages; only the most favourable package applies (the law lets
an investor who qualifies on several grounds choose one incentive level, never combine them).

Every rule and every baseline (the standard rate, the global minimum tax) is effective-dated: each
project year uses what is in force in its calendar year, and a rule that ended keeps running for a
project started before its end when its transition provision says so. `as_of` computes the estimate
with the law as it stood on that day: later rules are unknown and later end dates not yet set.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from .baseline import GENERAL_CIT_RATE, minimum_tax_rate, standard_rate, standard_rate_law
from .rules import ZERO, Benefit, Start, to_cents

STANDARD_CIT_RATE = GENERAL_CIT_RATE
LOSS_CARRY_FORWARD_YEARS = 5  # Law on CIT, Article 16: losses carry forward for up to five years.
EXEMPTION_START_LATEST_REVENUE_YEAR = 4


@dataclass(frozen=True)
class YearLine:
    """One year of the estimate; `cit_rules`/`land_rules` are the rules that changed this year's amount."""

    year: int
    revenue: Decimal
    profit: Decimal
    taxable_income: Decimal
    standard_cit: Decimal
    incentive_cit: Decimal
    list_rent: Decimal
    rent_due: Decimal
    cit_rules: tuple = ()
    land_rules: tuple = ()
    calendar_year: int = 0
    standard_rate: Decimal = STANDARD_CIT_RATE
    standard_basis: str = ""
    top_up: Decimal = ZERO  # global minimum tax added to reach the minimum effective rate

    @property
    def cit_saving(self):
        return self.standard_cit - self.incentive_cit

    @property
    def rent_saving(self):
        return self.list_rent - self.rent_due

    @property
    def saving(self):
        return self.cit_saving + self.rent_saving


@dataclass(frozen=True)
class Estimate:
    """The result: yearly lines, the rules applied, the rules set aside because a better one overlaps
    them, the rules whose conditions the project misses, and applicable benefits not valued in money."""

    lines: tuple
    applied: tuple = ()
    overlapped: tuple = ()  # (rule, the applied rules of the same tax that were more favourable)
    ineligible: tuple = ()  # (rule, unmet conditions)
    unvalued: tuple = ()
    totals: dict = field(default_factory=dict)
    as_of: object = None


def taxable_incomes(profits):
    """Profit after losses carried forward (oldest first, at most five years back); never negative."""
    open_losses = []  # [year, remaining loss]
    result = []
    for year, profit in enumerate(profits, start=1):
        open_losses = [entry for entry in open_losses if year - entry[0] <= LOSS_CARRY_FORWARD_YEARS]
        if profit <= 0:
            if profit < 0:
                open_losses.append([year, -profit])
            result.append(ZERO)
            continue
        remaining = profit
        for entry in open_losses:
            used = min(entry[1], remaining)
            entry[1] -= used
            remaining -= used
        open_losses = [entry for entry in open_losses if entry[1] > 0]
        result.append(remaining)
    return result


def _first_year(values):
    return next((year for year, value in enumerate(values, start=1) if value > 0), None)


def _start_year(starts, project):
    """The first year a rule counts from, or None if it never starts within the estimate."""
    first_revenue = _first_year(project.revenue_by_year)
    if starts in (Start.PROJECT_START, Start.AFTER_CONSTRUCTION):
        return 1
    if first_revenue is None:
        return None
    if starts is Start.FIRST_REVENUE:
        return first_revenue
    latest = first_revenue + EXEMPTION_START_LATEST_REVENUE_YEAR - 1
    first_profit = _first_year(project.profit_by_year)
    return latest if first_profit is None else min(first_profit, latest)


def _windows(package, project):
    """{rule: set of years it covers}. A reduction follows its package's exemption years; a land rent
    exemption counted "after construction" follows the package's construction-period exemption."""
    windows = {}
    exemption = next((rule for rule in package if rule.benefit is Benefit.CIT_EXEMPTION), None)
    construction = next(
        (r for r in package if r.benefit is Benefit.LAND_RENT_EXEMPTION and r.starts is Start.PROJECT_START), None
    )
    for rule in package:
        start = _start_year(rule.starts, project)
        if rule.starts is Start.AFTER_CONSTRUCTION and construction is not None:
            start = 1 + construction.years
        if rule.benefit is Benefit.CIT_REDUCTION and exemption is not None:
            exemption_start = _start_year(exemption.starts, project)
            start = None if exemption_start is None else exemption_start + exemption.years
        years = set() if start is None else set(range(start, start + rule.years))
        windows[rule] = {year for year in years if rule.in_force_in(project.calendar_year(year), project)}
    return windows


def _cit_year(year, income, package, windows, baseline):
    """(tax with the package, rules used) for one year's taxable income; `baseline` is the year's standard rate."""
    rate, used = baseline, []
    for rule in package:
        if rule.benefit is Benefit.CIT_RATE and year in windows[rule] and rule.rate < rate:
            rate, used = rule.rate, [rule]
    tax = income * rate
    relief = [r for r in package if r.benefit in (Benefit.CIT_EXEMPTION, Benefit.CIT_REDUCTION) and year in windows[r]]
    best = max(relief, key=lambda rule: rule.share, default=None)
    if best is not None and income > 0:
        tax -= tax * min(best.share, Decimal("1"))
        used.append(best)
    return to_cents(tax), tuple(used) if income > 0 else ()


def _land_year(year, rent, package, windows):
    relief = [rule for rule in package if year in windows[rule]]
    best = max(relief, key=lambda rule: rule.share, default=None)
    if best is None or rent <= 0:
        return rent, ()
    return to_cents(rent - rent * min(best.share, Decimal("1"))), (best,)


def _schedule(domain, package, project, incomes, baselines):
    """[(amount due, rules used)] per year for `domain` under `package` (empty package = no incentives)."""
    windows = _windows(package, project)
    if domain == "cit":
        return [
            _cit_year(year, income, package, windows, baselines[year - 1])
            for year, income in enumerate(incomes, start=1)
        ]
    rent = project.annual_land_rent_usd
    return [_land_year(year, rent, package, windows) for year in range(1, project.years + 1)]


def _best_package(domain, rules, project, incomes, baselines):
    """(chosen package rules, their schedule, the other eligible packages' rules)."""
    packages = {}
    for rule in rules:
        if rule.benefit.domain == domain:
            packages.setdefault(rule.package_key, []).append(rule)
    best, best_schedule, best_due = [], _schedule(domain, [], project, incomes, baselines), None
    for package in packages.values():
        schedule = _schedule(domain, package, project, incomes, baselines)
        due = sum(amount for amount, _used in schedule)
        if best_due is None or due < best_due:
            best, best_schedule, best_due = package, schedule, due
    others = [rule for package in packages.values() if package is not best for rule in package]
    return best, best_schedule, others


def _top_up(tax, income, tax_year, project, as_of):
    """The global minimum tax top-up of one year (zero unless the project belongs to a large group)."""
    minimum = minimum_tax_rate(tax_year, as_of) if project.in_minimum_tax_group else None
    if minimum is None or income <= 0:
        return ZERO
    return max(ZERO, to_cents(income * minimum) - tax)


def estimate(project, rules, as_of=None):
    """Apply `rules` to `project` and return the year-by-year Estimate, with the law in force on `as_of`."""
    rules = [known for known in (rule.known_on(as_of) for rule in rules) if known is not None]
    eligible = [rule for rule in rules if rule.applies_to(project)]
    ineligible = tuple((rule, tuple(rule.unmet_conditions(project))) for rule in rules if not rule.applies_to(project))
    incomes = taxable_incomes(project.profit_by_year)
    tax_years = list(project.calendar_years)
    baselines = [standard_rate(tax_year, project.revenue_vnd, as_of) for tax_year in tax_years]
    cit_package, cit_schedule, cit_others = _best_package("cit", eligible, project, incomes, baselines)
    land_package, land_schedule, land_others = _best_package("land", eligible, project, incomes, baselines)
    lines = []
    for year in range(1, project.years + 1):
        income, tax_year = incomes[year - 1], tax_years[year - 1]
        standard = to_cents(income * baselines[year - 1])
        incentive = cit_schedule[year - 1][0]
        top_up = min(_top_up(incentive, income, tax_year, project, as_of), standard - incentive)
        lines.append(
            YearLine(
                year=year,
                revenue=project.revenue_by_year[year - 1],
                profit=project.profit_by_year[year - 1],
                taxable_income=income,
                standard_cit=standard,
                incentive_cit=incentive + top_up,
                list_rent=project.annual_land_rent_usd,
                rent_due=land_schedule[year - 1][0],
                cit_rules=cit_schedule[year - 1][1],
                land_rules=land_schedule[year - 1][1],
                calendar_year=tax_year,
                standard_rate=baselines[year - 1],
                standard_basis=standard_rate_law(tax_year, as_of).legal_basis,
                top_up=top_up,
            )
        )
    lines = tuple(lines)
    overlapped = tuple((rule, tuple(cit_package)) for rule in cit_others) + tuple(
        (rule, tuple(land_package)) for rule in land_others
    )
    return Estimate(
        lines=lines,
        applied=tuple(cit_package) + tuple(land_package),
        overlapped=overlapped,
        ineligible=ineligible,
        unvalued=tuple(rule for rule in eligible if rule.benefit.domain is None),
        totals=_totals(lines),
        as_of=as_of,
    )


def _totals(lines):
    names = ("standard_cit", "incentive_cit", "cit_saving", "list_rent", "rent_due", "rent_saving", "saving", "top_up")
    return {name: sum((getattr(line, name) for line in lines), ZERO) for name in names}
