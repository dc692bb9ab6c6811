"""Properties of the rules engine that hold for any project and any rules."""

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from investors.incentives import Benefit, Project, Rule, Start, estimate

money = st.decimals(min_value=D("-5000000"), max_value=D("50000000"), places=2)
shares = st.sampled_from([D("0.5"), D("1"), D("0.3")])
rates = st.sampled_from([D("0.10"), D("0.15"), D("0.17"), D("0.25")])


@st.composite
def rules(draw):
    benefit = draw(st.sampled_from(list(Benefit)))
    return Rule(
        key=str(draw(st.integers(0, 10**9))),
        name="rule",
        benefit=benefit,
        years=draw(st.integers(0, 30)),
        rate=draw(rates) if benefit is Benefit.CIT_RATE else None,
        share=draw(shares),
        starts=draw(st.sampled_from(list(Start))),
        package=draw(st.sampled_from(["", "a", "b"])),
        sectors=draw(st.sampled_from([frozenset(), frozenset({"software_production"})])),
        min_employees=draw(st.integers(0, 100)),
    )


@st.composite
def projects(draw):
    years = draw(st.integers(1, 30))
    return Project(
        sector=draw(st.sampled_from(["software_production", "digital_content"])),
        capital_usd=D("1000000"),
        employees=draw(st.integers(0, 200)),
        revenue_by_year=tuple(draw(st.lists(st.decimals(0, 10**8, places=2), min_size=years, max_size=years))),
        profit_by_year=tuple(draw(st.lists(money, min_size=years, max_size=years))),
        land_area_m2=draw(st.decimals(0, 100000, places=2)),
        lease_price_usd=draw(st.decimals(0, 50, places=2)),
    )


@settings(max_examples=150, deadline=None)
@given(projects(), st.lists(rules(), max_size=8, unique_by=lambda rule: rule.key))
def test_tax_and_rent_are_never_negative_and_incentives_never_raise_them(profile, rule_list):
    for line in estimate(profile, rule_list).lines:
        assert 0 <= line.incentive_cit <= line.standard_cit
        assert 0 <= line.rent_due <= line.list_rent


@settings(max_examples=150, deadline=None)
@given(projects(), st.lists(rules(), max_size=8, unique_by=lambda rule: rule.key))
def test_totals_equal_the_sum_of_the_years_and_savings_add_up(profile, rule_list):
    result = estimate(profile, rule_list)
    assert result.totals["incentive_cit"] == sum(line.incentive_cit for line in result.lines)
    assert result.totals["standard_cit"] == sum(line.standard_cit for line in result.lines)
    assert result.totals["saving"] == result.totals["cit_saving"] + result.totals["rent_saving"]
    assert result.totals["saving"] == sum(line.saving for line in result.lines)


@settings(max_examples=100, deadline=None)
@given(projects(), st.lists(rules(), max_size=8, unique_by=lambda rule: rule.key))
def test_no_rule_is_both_applied_and_set_aside(profile, rule_list):
    result = estimate(profile, rule_list)
    set_aside = {rule.key for rule, _better in result.overlapped}
    assert not set_aside & {rule.key for rule in result.applied}
    assert result.totals["saving"] >= 0
