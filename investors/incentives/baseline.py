"""The standard corporate income tax rate of each tax year, and the global minimum tax, as the law stood.

These are the statutory defaults every estimate is measured against, so they live in code with their
legal basis (verified sources: docs/incentives.md). Each is effective-dated: an estimate "as of" a past
date only knows the laws in force by then.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

GENERAL_CIT_RATE = Decimal("0.20")


@dataclass(frozen=True)
class StandardRateLaw:
    """A CIT law's standard rates: `bands` are (highest preceding-year revenue in đồng or None, rate)."""

    key: str
    legal_basis: str
    in_force_from: datetime.date
    first_tax_year: int  # the first tax year it governs
    bands: tuple

    def rate_for(self, revenue_vnd):
        for ceiling, rate in self.bands:
            if ceiling is None or (revenue_vnd is not None and revenue_vnd <= ceiling):
                return rate
        return GENERAL_CIT_RATE


# Law 14/2008/QH12 as amended by Law 32/2013/QH13: 20% from the 2016 tax year.
CIT_LAW_2008 = StandardRateLaw(
    key="cit-2008",
    legal_basis="Law 14/2008/QH12, Art. 10 (as amended by Law 32/2013/QH13)",
    in_force_from=datetime.date(2014, 1, 1),
    first_tax_year=2016,
    bands=((None, GENERAL_CIT_RATE),),
)
# Law 67/2025/QH15, adopted 14 June 2025, in effect 1 October 2025 for the 2025 tax year; Decree
# 320/2025/ND-CP: 15% up to VND 3 billion of revenue in the preceding year, 17% up to VND 50 billion.
CIT_LAW_2025 = StandardRateLaw(
    key="cit-2025",
    legal_basis="Law 67/2025/QH15, Art. 10; Decree 320/2025/NĐ-CP",
    in_force_from=datetime.date(2025, 10, 1),
    first_tax_year=2025,
    bands=(
        (Decimal("3000000000"), Decimal("0.15")),
        (Decimal("50000000000"), Decimal("0.17")),
        (None, GENERAL_CIT_RATE),
    ),
)
STANDARD_RATE_LAWS = (CIT_LAW_2008, CIT_LAW_2025)


@dataclass(frozen=True)
class MinimumTax:
    """The global minimum tax: members of large groups are topped up to `rate` effective tax."""

    legal_basis: str
    in_force_from: datetime.date
    first_tax_year: int
    rate: Decimal


# Resolution 107/2023/QH15 (29 November 2023, from 1 January 2024): constituent entities of groups with
# consolidated revenue of at least EUR 750 million in 2 of the 4 preceding years.
GLOBAL_MINIMUM_TAX = MinimumTax(
    legal_basis="Resolution 107/2023/QH15, Art. 2 and 4",
    in_force_from=datetime.date(2024, 1, 1),
    first_tax_year=2024,
    rate=Decimal("0.15"),
)


def standard_rate_law(tax_year, as_of=None, laws=STANDARD_RATE_LAWS):
    """The law setting the standard rate of `tax_year`, among those in force by `as_of`."""
    known = [law for law in laws if as_of is None or law.in_force_from <= as_of] or [laws[0]]
    governing = [law for law in known if law.first_tax_year <= tax_year]
    return max(governing, key=lambda law: law.first_tax_year) if governing else known[0]


def standard_rate(tax_year, revenue_vnd=None, as_of=None):
    """The standard CIT rate (a fraction) of `tax_year` for a firm with `revenue_vnd` the year before."""
    return standard_rate_law(tax_year, as_of).rate_for(revenue_vnd)


def minimum_tax_rate(tax_year, as_of=None, tax=GLOBAL_MINIMUM_TAX):
    """The minimum effective rate for a large group's member in `tax_year`, or None before it applied."""
    if as_of is not None and tax.in_force_from > as_of:
        return None
    return tax.rate if tax_year >= tax.first_tax_year else None
