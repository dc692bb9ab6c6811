"""Incentive rules: validation for editors, and what the estimator may use."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from investors.models import IncentiveRule
from tests.factories.accounts import sign_in_staff
from tests.factories.investors import IncentiveRuleFactory, PolicyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def policy(incentives):
    return PolicyPageFactory(parent=incentives["vi"], slug="nd-218")


def test_a_rule_must_cite_a_clause_that_exists_on_its_policy(policy):
    rule = IncentiveRuleFactory.build(policy=policy, article=99, clause=1)

    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            rule.full_clean()
        assert "The policy has no such clause" in str(error.value)


def test_a_preferential_rate_rule_needs_its_rate_and_years(policy):
    rule = IncentiveRuleFactory.build(policy=policy, rate_percent=None, years=0)

    with translation.override("en"), pytest.raises(ValidationError) as error:
        rule.full_clean()

    assert set(error.value.message_dict) == {"rate_percent", "years"}


def test_a_rate_above_the_standard_rate_is_refused(policy):
    rule = IncentiveRuleFactory.build(policy=policy, rate_percent=25)

    with pytest.raises(ValidationError):
        rule.full_clean()


def test_active_rules_of_live_policies_are_usable_and_a_superseded_policy_ends_its_rules(policy, incentives):
    usable = IncentiveRuleFactory(policy=policy)
    IncentiveRuleFactory(policy=policy, active=False)
    successor = PolicyPageFactory(parent=incentives["vi"], slug="moi", effective_from=datetime.date(2025, 10, 1))
    superseded = PolicyPageFactory(parent=incentives["vi"], slug="cu", status="superseded", superseded_by=successor)
    old = IncentiveRuleFactory(policy=superseded)
    draft = PolicyPageFactory(parent=incentives["vi"], slug="nhap")
    draft.unpublish()
    IncentiveRuleFactory(policy=draft)

    assert list(IncentiveRule.objects.usable()) == [usable, old]
    assert usable.to_engine_rule().in_force_until is None
    assert old.to_engine_rule().in_force_until == datetime.date(2025, 9, 30)


def test_a_rule_describes_itself_in_the_readers_language(policy):
    rule = IncentiveRuleFactory(policy=policy, benefit="cit_reduction", rate_percent=None, share_percent=50, years=9)

    with translation.override("en"):
        assert rule.description() == "Corporate income tax reduced by 50% for 9 years"
        assert rule.citation == "Article 15(1)"
    with translation.override("vi"):
        assert rule.description() == "Giảm 50% thuế thu nhập doanh nghiệp trong 9 năm"
        assert rule.citation == "Điều 15 khoản 1"


def test_an_open_ended_rate_reads_as_the_whole_period_of_operation(policy):
    rule = IncentiveRuleFactory(policy=policy, years=99)

    with translation.override("en"):
        assert rule.description() == "Corporate income tax at 10% for the whole period of operation"
    with translation.override("vi"):
        assert rule.description() == "Thuế thu nhập doanh nghiệp 10% trong suốt thời gian hoạt động"


def test_legal_reviewers_manage_rules_in_the_admin_and_editors_only_read_them(client, policy):
    from django.urls import reverse

    from tests.factories.accounts import StaffFactory

    IncentiveRuleFactory(policy=policy, title="Software CIT rate")
    add_url = reverse("wagtailsnippets_investors_incentiverule:add")
    list_url = reverse("wagtailsnippets_investors_incentiverule:list")

    sign_in_staff(client, StaffFactory(groups=["Legal reviewer"]))
    assert "Software CIT rate" in client.get(list_url).content.decode()
    assert client.get(add_url).status_code == 200

    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    assert client.get(list_url).status_code == 200
    assert client.get(add_url).status_code in (302, 403)
