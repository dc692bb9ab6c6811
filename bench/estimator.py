"""How long the rules engine takes for many rules and 30 years. Run: .venv/bin/python bench/estimator.py"""

import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from investors.incentives import Benefit, Project, Rule, Start, estimate  # noqa: E402


def rules(packages):
    for number in range(packages):
        package = f"package-{number}"
        yield Rule(
            key=f"{number}-r", name="rate", benefit=Benefit.CIT_RATE, rate=Decimal("0.10"), years=15, package=package
        )
        yield Rule(
            key=f"{number}-e",
            name="exempt",
            benefit=Benefit.CIT_EXEMPTION,
            years=4,
            package=package,
            starts=Start.FIRST_TAXABLE_INCOME,
        )
        yield Rule(
            key=f"{number}-h",
            name="halve",
            benefit=Benefit.CIT_REDUCTION,
            share=Decimal("0.5"),
            years=9,
            package=package,
        )
        yield Rule(
            key=f"{number}-l",
            name="land",
            benefit=Benefit.LAND_RENT_EXEMPTION,
            years=7 + number % 5,
            starts=Start.PROJECT_START,
            package=f"land-{number}",
        )


def main():
    project = Project.steady(
        sector="software_production",
        capital_usd=Decimal("2000000"),
        employees=100,
        annual_revenue_usd=Decimal("3000000"),
        profit_margin=Decimal("0.2"),
        years=30,
        land_area_m2=Decimal("5000"),
        lease_price_usd=Decimal("3"),
    )
    for packages in (1, 13, 130, 1300):
        rule_list = list(rules(packages))
        started = time.perf_counter()
        estimate(project, rule_list)
        elapsed = time.perf_counter() - started
        print(f"{len(rule_list):5d} rules, 30 years: {elapsed * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
