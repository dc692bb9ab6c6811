"""Under concurrent requests on PostgreSQL, exactly one transition wins and parcels are never double-booked."""

import threading

from django.db import connection

import pytest

from investors.applications import services
from investors.applications.models import ApplicationStatus, InvestmentApplication, StatusChange
from land.models import ParcelStatus
from tests.factories.applications import ApplicationFactory, add_required_documents, director, move, officer
from tests.factories.land import ParcelFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def race(*calls):
    """Run the calls at the same moment in threads; returns (successes, errors)."""
    barrier = threading.Barrier(len(calls))
    results, errors = [], []

    def run(call):
        try:
            barrier.wait()
            results.append(call())
        except Exception as error:  # noqa: BLE001 - collected and asserted by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_two_officers_screening_at_once_make_exactly_one_transition():
    application = move(ApplicationFactory(), "submit")
    first, second = officer(), officer()
    results, errors = race(
        lambda: services.start_screening(application.pk, first, "Mine."),
        lambda: services.start_screening(application.pk, second, "No, mine."),
    )
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], services.IllegalTransition)
    assert StatusChange.objects.filter(application=application, to_status=ApplicationStatus.SCREENING).count() == 1


def test_two_approvals_competing_for_one_parcel_cannot_both_succeed():
    parcel = ParcelFactory()
    boss = director()
    applications = [
        move(ApplicationFactory(parcel_codes=[parcel.code]), "submit", "start_screening", "start_appraisal")
        for _ in range(2)
    ]
    results, errors = race(*(lambda a=a: services.approve(a.pk, boss, "Approved.") for a in applications))
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], services.ApplicationError)
    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.RESERVED
    statuses = sorted(InvestmentApplication.objects.values_list("status", flat=True))
    assert statuses == [ApplicationStatus.APPRAISAL, ApplicationStatus.APPROVED]


def test_simultaneous_submissions_get_distinct_reference_numbers():
    drafts = [ApplicationFactory() for _ in range(4)]
    for draft in drafts:
        add_required_documents(draft)
    results, errors = race(*(lambda d=d: services.submit_application(d.pk, d.applicant, consent=True) for d in drafts))
    assert not errors
    references = set(InvestmentApplication.objects.values_list("reference", flat=True))
    assert len(references) == 4


def test_a_decision_submitted_twice_at_once_is_taken_once_with_one_letter():
    from investors.applications.models import DecisionLetter

    application = move(ApplicationFactory(), "submit", "start_screening", "start_appraisal")
    boss = director()
    results, errors = race(
        lambda: services.reject(application.pk, boss, "Plot ratio too high.", internal=False),
        lambda: services.reject(application.pk, boss, "Plot ratio too high.", internal=False),
    )
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], services.IllegalTransition)
    assert StatusChange.objects.filter(application=application, to_status=ApplicationStatus.REJECTED).count() == 1
    assert DecisionLetter.objects.filter(application=application).count() == 1
