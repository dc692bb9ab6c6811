"""Effective dates in the rules engine: each project year uses the law of its calendar year, transitions
keep granted incentives running, and an estimate "as of" a past date reproduces the law of that day."""

import datetime
from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from investors.incentives import Benefit, Project, Requirement, Rule, Start, Unmet, estimate

from .test_incentive_properties import projects, rules

dates = st.dates(min_value=datetime.date(2016, 1, 1), max_value=datetime.date(2034, 12, 31))


def _project(start_year=2024, years=10, revenue="1000000", margin="0.3", **fields):
    return Project.steady(
        sector="software_production",
        capital_usd=D("1000000"),
        employees=50,
        annual_revenue_usd=D(revenue),
        profit_margin=D(margin),
        years=years,
        start_year=start_year,
        **fields,
    )


RATE_10 = {"benefit": Benefit.CIT_RATE, "rate": D("0.10"), "years": 15, "package": "software"}


def test_a_rule_applies_only_in_the_years_it_is_in_force():
    rule = Rule(key="r", name="10%", in_force_from=datetime.date(2026, 1, 1), **RATE_10)
    lines = estimate(_project(start_year=2024), [rule]).lines
    assert [line.cit_rules for line in lines[:2]] == [(), ()]
    assert all(line.cit_rules == (rule,) for line in lines[2:])


def test_a_rule_that_ended_keeps_running_for_a_project_started_before_its_end_when_the_transition_says_so():
    ended = datetime.date(2025, 9, 30)
    continuing = Rule(key="old", name="old", in_force_until=ended, continues_after_end=True, **RATE_10)
    lapsing = replace(continuing, continues_after_end=False)
    early = _project(start_year=2023)
    assert all(line.cit_rules == (continuing,) for line in estimate(early, [continuing]).lines)
    assert [line.calendar_year for line in estimate(early, [lapsing]).lines if line.cit_rules] == [2023, 2024, 2025]
    late = _project(start_year=2026)
    assert estimate(late, [continuing]).ineligible == ((continuing, (Unmet.NOT_IN_FORCE,)),)


def test_the_standard_rate_follows_the_revenue_band_of_the_2025_law_and_the_old_law_before_it():
    lines = estimate(_project(start_year=2024, years=3, revenue_vnd=D("2000000000")), []).lines
    assert [line.standard_rate for line in lines] == [D("0.20"), D("0.15"), D("0.15")]
    medium = estimate(_project(start_year=2025, years=1, revenue_vnd=D("40000000000")), []).lines[0]
    large = estimate(_project(start_year=2025, years=1, revenue_vnd=D("60000000000")), []).lines[0]
    assert (medium.standard_rate, large.standard_rate) == (D("0.17"), D("0.20"))
    as_of_2024 = estimate(
        _project(start_year=2025, years=1, revenue_vnd=D("2000000000")), [], as_of=datetime.date(2024, 6, 1)
    )
    assert as_of_2024.lines[0].standard_rate == D("0.20")


def test_a_large_group_member_is_topped_up_to_15_percent_from_2024():
    exempt = Rule(key="x", name="exempt", benefit=Benefit.CIT_EXEMPTION, years=4, starts=Start.FIRST_REVENUE)
    group = _project(start_year=2023, years=3, in_minimum_tax_group=True)
    lines = estimate(group, [exempt]).lines
    assert lines[0].incentive_cit == 0  # 2023: before Resolution 107/2023/QH15 applied
    assert lines[1].incentive_cit == lines[1].taxable_income * D("0.15") == lines[1].top_up
    assert estimate(replace(group, in_minimum_tax_group=False), [exempt]).lines[1].incentive_cit == 0


def test_a_rule_requiring_the_park_status_applies_only_when_the_park_is_designated():
    rule = Rule(key="zone", name="zone", requires={Requirement.PARK_STATUS}, **RATE_10)
    assert estimate(_project(), [rule]).ineligible == ((rule, (Unmet.PARK_STATUS,)),)
    assert estimate(_project(qualifications={Requirement.PARK_STATUS}), [rule]).applied == (rule,)


@st.composite
def dated_rules(draw, latest):
    """Rules in force from some day on or before `latest`, open-ended (the law as it stood then)."""
    rule = draw(rules())
    start = draw(st.none() | st.dates(min_value=datetime.date(2010, 1, 1), max_value=latest))
    return replace(rule, in_force_from=start, continues_after_end=draw(st.booleans()))


@settings(max_examples=120, deadline=None)
@given(st.data(), projects(), dates, st.integers(2016, 2034))
def test_an_estimate_as_of_a_past_date_reproduces_the_law_of_that_day(data, profile, as_of, start_year):
    profile = replace(
        profile, start_year=start_year, revenue_vnd=data.draw(st.none() | st.decimals(0, 10**11, places=0))
    )
    old_law = data.draw(st.lists(dated_rules(as_of), max_size=6, unique_by=lambda rule: rule.key))
    before = estimate(profile, old_law, as_of=as_of)
    # Later, the law changes: some rules end after `as_of`, new ones take effect after it.
    ends = data.draw(
        st.lists(
            st.none() | st.dates(min_value=as_of, max_value=datetime.date(2040, 1, 1)),
            min_size=len(old_law),
            max_size=len(old_law),
        )
    )
    amended = [replace(rule, in_force_until=end) for rule, end in zip(old_law, ends, strict=True)]
    new_start = st.dates(min_value=as_of + datetime.timedelta(days=1), max_value=datetime.date(2045, 1, 1))
    newer = data.draw(st.lists(rules(), max_size=4, unique_by=lambda rule: rule.key))
    newer = [replace(rule, key=f"new-{rule.key}", in_force_from=data.draw(new_start)) for rule in newer]
    after = estimate(profile, amended + newer, as_of=as_of)
    assert after.lines == before.lines
    assert after.totals == before.totals


@settings(max_examples=150, deadline=None)
@given(
    projects(),
    st.integers(2016, 2034),
    st.lists(dated_rules(datetime.date(2034, 1, 1)), max_size=8, unique_by=lambda rule: rule.key),
)
def test_alternative_packages_are_never_stacked(profile, start_year, rule_list):
    result = estimate(replace(profile, start_year=start_year), rule_list)
    for domain, used in (("cit", "cit_rules"), ("land", "land_rules")):
        packages = {rule.package_key for line in result.lines for rule in getattr(line, used)}
        assert len(packages) <= 1, f"{domain}: several packages applied together: {packages}"
        applied = {rule.package_key for rule in result.applied if rule.benefit.domain == domain}
        assert len(applied) <= 1
        assert packages <= applied


def test_an_estimate_as_of_the_publication_day_or_the_last_day_in_force_still_shows_the_rule():
    published, last_day = datetime.date(2026, 3, 1), datetime.date(2030, 12, 31)
    rule = Rule(key="r", name="10%", in_force_from=published, in_force_until=last_day, **RATE_10)

    assert rule.known_on(None) is rule
    assert rule.known_on(published - datetime.timedelta(days=1)) is None  # not yet published
    assert rule.known_on(published) == replace(rule, in_force_until=None)  # its end not yet set
    # Up to its last day in force the rule reads as open-ended; the day after, its end is known.
    assert rule.known_on(last_day).in_force_until is None
    assert rule.known_on(last_day + datetime.timedelta(days=1)).in_force_until == last_day
    open_ended = replace(rule, in_force_until=None)
    assert open_ended.known_on(published) is open_ended


def test_a_rule_governs_the_whole_calendar_years_of_its_first_and_last_day():
    rule = Rule(
        key="r",
        name="10%",
        in_force_from=datetime.date(2026, 7, 1),
        in_force_until=datetime.date(2028, 6, 30),
        **RATE_10,
    )
    profile = _project(start_year=2025, years=5)

    assert [year for year in profile.calendar_years if rule.in_force_in(year, profile)] == [2026, 2027, 2028]
    assert [line.calendar_year for line in estimate(profile, [rule]).lines if line.cit_rules] == [2026, 2027, 2028]


def test_a_project_started_on_the_last_day_of_a_rule_keeps_it_and_one_started_later_does_not():
    last_day = datetime.date(2027, 1, 1)
    continuing = Rule(key="old", name="old", in_force_until=last_day, continues_after_end=True, **RATE_10)
    lapsing = replace(continuing, continues_after_end=False)
    on_last_day = _project(start_year=2027, years=3)  # year 1 starts on 1 January 2027
    after = _project(start_year=2028, years=3)

    assert on_last_day.start_date == last_day
    assert all(continuing.in_force_in(year, on_last_day) for year in (2027, 2028, 2029))
    assert [year for year in (2027, 2028, 2029) if lapsing.in_force_in(year, on_last_day)] == [2027]
    assert not any(continuing.in_force_in(year, after) for year in (2028, 2029, 2030))
    assert estimate(after, [continuing]).ineligible == ((continuing, (Unmet.NOT_IN_FORCE,)),)


def test_every_missing_requirement_is_reported_in_a_stable_order():
    rule = Rule(key="r", name="r", requires={"state_lease", "park_status", "socialised_education"}, **RATE_10)

    assert rule.unmet_conditions(_project()) == [Unmet.PARK_STATUS, Unmet.SOCIALISED_EDUCATION, Unmet.STATE_LEASE]
    partly = _project(qualifications={"park_status"})
    assert rule.unmet_conditions(partly) == [Unmet.SOCIALISED_EDUCATION, Unmet.STATE_LEASE]
    assert partly.qualifications == frozenset({Requirement.PARK_STATUS})
    assert isinstance(partly.qualifications, frozenset) and hash(partly)  # a fixed, hashable profile
    with pytest.raises(ValueError):
        _project(qualifications={"nonsense"})  # an unknown qualification is refused, not ignored
    assert rule.applies_to(_project(qualifications=set(Requirement)))
