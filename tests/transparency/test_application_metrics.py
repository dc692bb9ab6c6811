"""Application metrics against hand-computed fixtures (dates chosen clear of Vietnamese holidays)."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from investors.applications import clock, metrics
from investors.applications.models import ApplicationDocument, InvestmentApplication
from tests.factories.applications import ApplicationFactory, director, move, officer
from transparency import registry

from .conftest import local

FULL = ("submit", "start_screening", "start_appraisal")


def value(key):
    return registry.get(key).compute().value


def series(key):
    return [(point.period, point.value) for point in registry.get(key).series()]


def set_dates(application, submitted, decided):
    InvestmentApplication.objects.filter(pk=application.pk).update(submitted_at=submitted, decided_at=decided)


@pytest.fixture
def three_decided_files():
    """20, 19 and 31 working days; the third is late, rejected, foreign and has a document keyed in by staff.

    1. submitted Mon 3 Mar 2025, approved Mon 31 Mar 2025: 20 working days (statutory 22).
    2. submitted 3 Mar, information requested Mon 10 Mar, answered Mon 17 Mar (5 days waiting), approved
       Fri 4 Apr: 24 - 5 = 19 working days (statutory 22 + 3 = 25).
    3. submitted Mon 2 Jun 2025, rejected Tue 15 Jul 2025: 31 working days (statutory 22): late.
    """
    staff, boss = officer(), director()
    first = move(ApplicationFactory(), *FULL, "approve", officer_user=staff, director_user=boss)
    set_dates(first, local(2025, 3, 3), local(2025, 3, 31))
    second = move(
        ApplicationFactory(),
        "submit", "start_screening", "request_information", "resubmit", "start_appraisal", "approve",
        officer_user=staff, director_user=boss,
    )  # fmt: skip
    set_dates(second, local(2025, 3, 3), local(2025, 4, 4))
    second.status_changes.filter(to_status="info_requested").update(created_at=local(2025, 3, 10))
    second.status_changes.filter(to_status="resubmitted").update(created_at=local(2025, 3, 17))
    third = move(ApplicationFactory(country="JP"), *FULL, "reject", officer_user=staff, director_user=boss)
    set_dates(third, local(2025, 6, 2), local(2025, 7, 15))
    ApplicationDocument.objects.filter(application=third).update(uploaded_by=staff)
    move(ApplicationFactory(), "submit")  # open: counts by status, not in processing figures
    ApplicationFactory()  # a draft counts nowhere
    return first, second, third


@pytest.mark.django_db
def test_every_application_metric_is_empty_without_data():
    for key in ("online_share", "processing_median", "processing_p90", "on_time_share", "foreign_share"):
        assert value(f"applications.{key}") is None
        assert series(f"applications.{key}") == []
    assert value("applications.by_status") == 0


@pytest.mark.django_db
def test_a_file_with_a_document_keyed_in_by_staff_is_not_fully_online(three_decided_files):
    assert value("applications.online_share") == Decimal("66.7")
    assert series("applications.online_share") == [("2025", Decimal("66.7"))]


@pytest.mark.django_db
def test_a_file_submitted_by_an_officer_for_the_applicant_is_not_fully_online(three_decided_files):
    first = three_decided_files[0]
    first.status_changes.filter(to_status="submitted").update(actor=officer())
    assert value("applications.online_share") == Decimal("33.3")


@pytest.mark.django_db
def test_median_and_90th_percentile_count_working_days_without_the_applicants_time(three_decided_files):
    assert value("applications.processing_median") == Decimal("20.0")
    assert value("applications.processing_p90") == Decimal("31.0")
    assert series("applications.processing_median") == [("2025", Decimal("20.0"))]


@pytest.mark.django_db
def test_on_time_share_allows_extra_days_for_each_information_round(three_decided_files):
    assert value("applications.on_time_share") == Decimal("66.7")
    assert "2" in str(registry.get("applications.on_time_share").compute().note)


@pytest.mark.django_db
def test_applications_by_status_leave_out_drafts(three_decided_files):
    measure = registry.get("applications.by_status").compute()
    counts = {row.label: row.values["count"] for row in measure.rows}
    assert measure.value == 4
    assert counts["Approved"] == 2 and counts["Rejected"] == 1 and counts["Submitted"] == 1
    assert "Draft" not in counts


@pytest.mark.django_db
def test_foreign_share_counts_submitted_applications_by_country(three_decided_files):
    measure = registry.get("applications.foreign_share").compute()
    assert measure.value == Decimal("25.0")
    assert [(row.label, row.values["count"]) for row in measure.rows] == [
        ("Domestic investors", 3),
        ("Foreign investors", 1),
    ]


@given(
    start=st.dates(min_value=datetime.date(2001, 1, 1), max_value=datetime.date(2030, 12, 31)),
    span=st.integers(min_value=-5, max_value=400),
)
def test_fast_working_day_count_agrees_with_the_service_clock(start, span):
    end = start + datetime.timedelta(days=span)
    assert metrics.working_days_between(start, end) == clock.working_days_between(start, end)
