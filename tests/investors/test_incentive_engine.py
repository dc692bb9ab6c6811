"""The rules engine, checked against hand-computed cases."""

from dataclasses import replace
from decimal import Decimal as D

from investors.incentives import Benefit, Project, Rule, Start, Unmet, estimate, taxable_incomes

SOFTWARE = "software_production"


def software_package(package="software"):
    """10% for 15 years, 4 years exempt from the first taxable income, then 50% off for 9 years."""
    return [
        Rule(key=f"{package}-rate", name="rate", benefit=Benefit.CIT_RATE, rate=D("0.10"), years=15, package=package),
        Rule(
            key=f"{package}-exempt",
            name="exempt",
            benefit=Benefit.CIT_EXEMPTION,
            years=4,
            starts=Start.FIRST_TAXABLE_INCOME,
            package=package,
        ),
        Rule(
            key=f"{package}-halve",
            name="halve",
            benefit=Benefit.CIT_REDUCTION,
            share=D("0.5"),
            years=9,
            package=package,
        ),
    ]


def project(profits, revenue=D("1000000"), **fields):
    defaults = {"sector": SOFTWARE, "capital_usd": D("2000000"), "employees": 50}
    defaults.update(fields)
    return Project(revenue_by_year=(revenue,) * len(profits), profit_by_year=tuple(D(p) for p in profits), **defaults)


def test_software_production_pays_nothing_for_four_years_then_half_the_preferential_rate():
    result = estimate(project(["200000"] * 16), software_package())

    incentive = [line.incentive_cit for line in result.lines]
    assert incentive[:4] == [D("0")] * 4
    assert incentive[4:13] == [D("10000.00")] * 9  # 200,000 x 10% x 50%
    assert incentive[13:15] == [D("20000.00")] * 2  # 10% without reduction
    assert incentive[15] == D("40000.00")  # back to the standard 20% in year 16
    assert result.totals["standard_cit"] == D("640000.00")
    assert result.totals["incentive_cit"] == D("170000.00")  # 9 x 10,000 + 2 x 20,000 + 40,000
    assert result.totals["cit_saving"] == D("470000.00")


def test_a_loss_year_is_carried_forward_and_exemption_starts_in_the_first_profitable_year():
    result = estimate(project(["-50000", "30000", "100000", "100000", "100000", "100000"]), software_package())

    assert [line.taxable_income for line in result.lines] == [0, 0, D("80000"), D("100000"), D("100000"), D("100000")]
    assert [line.standard_cit for line in result.lines] == [
        0,
        0,
        D("16000.00"),
        D("20000.00"),
        D("20000.00"),
        D("20000.00"),
    ]
    # Exempt in years 2-5 (the first profitable year is year 2); year 6 is halved at 10%.
    assert [line.incentive_cit for line in result.lines] == [0, 0, 0, 0, 0, D("5000.00")]
    assert {rule.key for rule in result.lines[5].cit_rules} == {"software-rate", "software-halve"}


def test_exemption_starts_no_later_than_the_fourth_year_of_revenue_even_without_profit():
    profits = ["-10000"] * 5 + ["100000"] * 4
    result = estimate(project(profits), software_package())

    # Exemption covers years 4-7 although the first profit comes in year 6; reduction from year 8.
    assert [line.incentive_cit for line in result.lines[5:7]] == [0, 0]
    # The 50,000 of losses of years 1-5 are deducted in year 6; year 8 is halved at 10%.
    assert result.lines[5].taxable_income == D("50000")
    assert result.lines[3].incentive_cit == 0 and result.lines[3].cit_rules == ()
    assert result.lines[7].incentive_cit == D("5000.00")


def test_losses_older_than_five_years_are_no_longer_deducted():
    incomes = taxable_incomes([D("-100"), D("0"), D("0"), D("0"), D("0"), D("0"), D("70")])
    assert incomes[-1] == D("70")
    assert taxable_incomes([D("-100"), D("0"), D("0"), D("0"), D("0"), D("70")])[-1] == D("0")


def test_overlapping_cit_packages_give_the_more_favourable_one_only():
    weaker = Rule(key="weak", name="17%", benefit=Benefit.CIT_RATE, rate=D("0.17"), years=10, package="regional")
    result = estimate(project(["200000"] * 15), [weaker, *software_package()])

    assert weaker not in result.applied
    assert [rule for rule, _better in result.overlapped] == [weaker]
    alone = estimate(project(["200000"] * 15), software_package())
    assert result.totals == alone.totals
    assert all(weaker not in line.cit_rules for line in result.lines)


def test_land_rent_exemption_takes_the_longer_of_two_overlapping_exemptions():
    short = Rule(key="short", name="7 years", benefit=Benefit.LAND_RENT_EXEMPTION, years=7, starts=Start.PROJECT_START)
    long = Rule(key="long", name="11 years", benefit=Benefit.LAND_RENT_EXEMPTION, years=11, starts=Start.PROJECT_START)
    profile = project(["0"] * 12, land_area_m2=D("1000"), lease_price_usd=D("2.50"))

    result = estimate(profile, [short, long])

    assert [line.list_rent for line in result.lines] == [D("2500.00")] * 12
    assert [line.rent_due for line in result.lines] == [0] * 11 + [D("2500.00")]
    assert result.totals["rent_saving"] == D("27500.00")
    assert result.applied == (long,)
    assert [rule for rule, _better in result.overlapped] == [short]


def test_rules_whose_conditions_are_not_met_are_reported_with_the_reasons():
    demanding = Rule(
        key="demanding",
        name="big software projects in the park",
        benefit=Benefit.CIT_RATE,
        rate=D("0.10"),
        years=15,
        sectors={"digital_content"},
        min_capital_usd=D("5000000"),
        min_employees=500,
        requires_park_location=True,
    )
    result = estimate(project(["1000"] * 3, in_park=False), [demanding])

    assert result.applied == ()
    assert result.ineligible == ((demanding, (Unmet.SECTOR, Unmet.CAPITAL, Unmet.EMPLOYEES, Unmet.LOCATION)),)
    assert result.totals["cit_saving"] == 0


def test_import_duty_exemption_is_listed_but_not_valued():
    duty = Rule(key="duty", name="duty", benefit=Benefit.IMPORT_DUTY_EXEMPTION)
    result = estimate(project(["1000"] * 2), [duty])

    assert result.unvalued == (duty,)
    assert result.totals["saving"] == 0


def test_a_steady_project_has_the_same_revenue_and_profit_every_year():
    profile = Project.steady(
        sector=SOFTWARE,
        capital_usd=D("1"),
        employees=1,
        annual_revenue_usd=D("1000"),
        profit_margin=D("0.125"),
        years=3,
    )
    assert profile.profit_by_year == (D("125.00"),) * 3


def test_a_project_exactly_at_the_thresholds_qualifies_and_one_below_does_not():
    rule = Rule(
        key="threshold",
        name="large projects",
        benefit=Benefit.CIT_RATE,
        rate=D("0.10"),
        years=15,
        sectors={SOFTWARE},
        min_capital_usd=D("6000000"),
        min_employees=3000,
    )
    at_threshold = project(["1000"], capital_usd=D("6000000"), employees=3000)
    assert rule.applies_to(at_threshold) and rule.unmet_conditions(at_threshold) == []
    below = project(["1000"], capital_usd=D("5999999.99"), employees=2999)
    assert rule.unmet_conditions(below) == [Unmet.CAPITAL, Unmet.EMPLOYEES]
    assert rule.unmet_conditions(project(["1000"], sector="digital_content")) == [
        Unmet.SECTOR,
        Unmet.CAPITAL,
        Unmet.EMPLOYEES,
    ]


def test_a_rule_for_any_sector_and_location_applies_outside_the_park_too():
    anywhere = Rule(key="anywhere", name="anywhere", benefit=Benefit.CIT_EXEMPTION, years=2)
    assert anywhere.applies_to(project(["1000"], sector="digital_content", in_park=False))
    in_park_only = Rule(key="park", name="park", benefit=Benefit.CIT_EXEMPTION, years=2, requires_park_location=True)
    assert in_park_only.applies_to(project(["1000"], in_park=True))
    assert in_park_only.unmet_conditions(project(["1000"], in_park=False)) == [Unmet.LOCATION]


def test_rules_read_from_the_database_as_strings_keep_exact_amounts():
    rule = Rule(
        key="db",
        name="db",
        benefit="cit_rate",
        starts="project_start",
        rate="0.10",
        share="0.5",
        min_capital_usd="1500000.50",
        sectors=[SOFTWARE, SOFTWARE],
        years=15,
    )
    assert rule.benefit is Benefit.CIT_RATE and rule.starts is Start.PROJECT_START
    assert (rule.rate, rule.share, rule.min_capital_usd) == (D("0.10"), D("0.5"), D("1500000.50"))
    assert rule.sectors == frozenset({SOFTWARE})
    assert rule.package_key == "rule:db"
    assert Rule(key="x", name="x", benefit="cit_rate", package="software").package_key == "software"


def test_each_benefit_lowers_the_tax_it_names():
    assert {benefit: benefit.domain for benefit in Benefit} == {
        Benefit.CIT_RATE: "cit",
        Benefit.CIT_EXEMPTION: "cit",
        Benefit.CIT_REDUCTION: "cit",
        Benefit.LAND_RENT_EXEMPTION: "land",
        Benefit.IMPORT_DUTY_EXEMPTION: None,
        Benefit.OTHER: None,
    }


def test_money_is_rounded_half_up_to_the_cent():
    from investors.incentives.rules import to_cents

    assert to_cents(D("0.005")) == D("0.01")
    assert to_cents(D("2.675")) == D("2.68")
    assert to_cents(D("-0.004")) == D("0.00")
    assert to_cents("10") == D("10.00")
    profile = project(["1000"], land_area_m2=D("4000"), lease_price_usd=D("0.125"))
    assert profile.annual_land_rent_usd == D("500.00")
    assert profile.years == 1


def test_land_rent_relief_after_construction_follows_the_construction_period_exemption():
    construction = Rule(
        key="build",
        name="3 years",
        benefit=Benefit.LAND_RENT_EXEMPTION,
        years=3,
        starts=Start.PROJECT_START,
        package="p",
    )
    after = Rule(
        key="after",
        name="half for 5 years",
        benefit=Benefit.LAND_RENT_EXEMPTION,
        share=D("0.5"),
        years=5,
        starts=Start.AFTER_CONSTRUCTION,
        package="p",
    )
    profile = project(["0"] * 10, land_area_m2=D("1000"), lease_price_usd=D("1"))

    result = estimate(profile, [construction, after])

    assert [line.rent_due for line in result.lines] == [0] * 3 + [D("500.00")] * 5 + [D("1000.00")] * 2
    assert [line.land_rules for line in result.lines[2:4]] == [(construction,), (after,)]
    # Without a construction-period exemption in its package, the relief counts from the project start.
    alone = estimate(profile, [replace(after, package="q")])
    assert [line.rent_due for line in alone.lines] == [D("500.00")] * 5 + [D("1000.00")] * 5


def test_a_project_without_land_shows_no_land_rent_relief():
    exemption = Rule(key="rent", name="rent", benefit=Benefit.LAND_RENT_EXEMPTION, years=5, starts=Start.PROJECT_START)
    result = estimate(project(["1000"] * 2), [exemption])

    assert [(line.list_rent, line.rent_due, line.land_rules) for line in result.lines] == [(0, 0, ())] * 2
    assert result.totals["rent_saving"] == 0


def test_benefits_counted_from_the_first_revenue_wait_for_it():
    exempt = Rule(key="x", name="exempt", benefit=Benefit.CIT_EXEMPTION, years=2, starts=Start.FIRST_REVENUE)
    revenue = (D("0"), D("0"), D("1000"), D("1000"), D("1000"))
    profile = Project(
        sector=SOFTWARE,
        capital_usd=D("1"),
        employees=1,
        revenue_by_year=revenue,
        profit_by_year=(D("100"),) * 5,  # e.g. interest income before the first sale
    )

    result = estimate(profile, [exempt])

    assert [line.incentive_cit for line in result.lines] == [D("20.00"), D("20.00"), 0, 0, D("20.00")]
    never = replace(profile, revenue_by_year=(D("0"),) * 5)
    assert [line.cit_rules for line in estimate(never, [exempt]).lines] == [()] * 5
    first_taxable = replace(exempt, starts=Start.FIRST_TAXABLE_INCOME)
    assert [line.cit_rules for line in estimate(never, [first_taxable]).lines] == [()] * 5


def test_a_preferential_rate_no_lower_than_the_standard_rate_changes_nothing_and_is_not_shown():
    same = Rule(key="same", name="20%", benefit=Benefit.CIT_RATE, rate=D("0.20"), years=5)
    higher = Rule(key="higher", name="22%", benefit=Benefit.CIT_RATE, rate=D("0.22"), years=5)

    for rule in (same, higher):
        result = estimate(project(["1000"] * 2), [rule])
        assert [(line.incentive_cit, line.cit_rules) for line in result.lines] == [(D("200.00"), ())] * 2
        assert result.totals["cit_saving"] == 0


def test_a_share_above_one_exempts_the_tax_but_never_turns_it_into_a_payment():
    generous = Rule(
        key="g", name="g", benefit=Benefit.CIT_REDUCTION, share=D("1.5"), years=1, starts=Start.PROJECT_START
    )
    rent = Rule(
        key="r", name="r", benefit=Benefit.LAND_RENT_EXEMPTION, share=D("2"), years=1, starts=Start.PROJECT_START
    )
    result = estimate(project(["1000"], land_area_m2=D("10"), lease_price_usd=D("1")), [generous, rent])

    assert (result.lines[0].incentive_cit, result.lines[0].rent_due) == (0, 0)
    assert result.totals["saving"] == D("210.00")


def test_of_two_equally_favourable_packages_the_first_listed_applies_and_the_other_is_set_aside():
    first = Rule(key="a", name="a", benefit=Benefit.CIT_EXEMPTION, years=2, starts=Start.PROJECT_START, package="a")
    second = replace(first, key="b", name="b", package="b")

    result = estimate(project(["1000"] * 3), [first, second])

    assert result.applied == (first,)
    assert result.overlapped == ((second, (first,)),)


def test_a_large_group_member_pays_at_least_the_minimum_rate_and_never_more_than_the_standard_tax():
    rate = Rule(key="r", name="10%", benefit=Benefit.CIT_RATE, rate=D("0.10"), years=15)
    group = project(["1000"] * 2, in_minimum_tax_group=True)

    topped = estimate(group, [rate]).lines[0]
    assert (topped.incentive_cit, topped.top_up) == (D("150.00"), D("50.00"))
    without_incentives = estimate(group, []).lines[0]
    assert (without_incentives.incentive_cit, without_incentives.top_up) == (D("200.00"), 0)
    loss = estimate(project(["-1000", "0"], in_minimum_tax_group=True), [rate]).lines
    assert [line.top_up for line in loss] == [0, 0]


def test_only_the_years_of_the_estimate_decide_which_land_rent_exemption_applies():
    three = Rule(key="three", name="3 years", benefit=Benefit.LAND_RENT_EXEMPTION, years=3, starts=Start.PROJECT_START)
    five = Rule(key="five", name="5 years", benefit=Benefit.LAND_RENT_EXEMPTION, years=5, starts=Start.PROJECT_START)
    profile = project(["0"] * 3, land_area_m2=D("100"), lease_price_usd=D("1"))

    # Over the three years shown both exempt everything: the first listed applies, the other is set aside.
    result = estimate(profile, [three, five])
    assert result.applied == (three,)
    assert result.overlapped == ((five, (three,)),)
    assert result.totals["rent_due"] == 0
