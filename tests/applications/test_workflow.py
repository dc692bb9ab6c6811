"""Every transition is allowed to the right role only; illegal steps raise clear errors; approval reserves land."""

from django.core.exceptions import PermissionDenied

import pytest

from investors.applications import services
from investors.applications.models import ApplicationStatus, StatusChange
from investors.applications.services import ApplicationError, IllegalTransition
from land.models import ParcelStatus, ParcelStatusChange
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.applications import (
    ApplicationFactory,
    director,
    ensure_review_group,
    move,
    officer,
    submitted_application,
)
from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db

S = ApplicationStatus


def test_submission_issues_a_readable_reference_and_logs_who_and_why():
    application = submitted_application()
    assert application.status == S.SUBMITTED
    assert application.reference.startswith("DLSP-") and len(application.reference) == len("DLSP-2026-000001")
    change = StatusChange.objects.get(application=application)
    assert (change.from_status, change.to_status, change.actor) == (S.DRAFT, S.SUBMITTED, application.applicant)
    assert application.consent_version == services.NOTICE_VERSION


def test_reference_numbers_are_unique_and_sequential():
    first, second = submitted_application(), submitted_application()
    assert int(second.reference[-6:]) == int(first.reference[-6:]) + 1


def test_an_incomplete_draft_cannot_be_submitted():
    application = ApplicationFactory(company_name="", required_area_m2=None)
    with pytest.raises(ApplicationError) as error:
        services.submit_application(application.pk, application.applicant, consent=True)
    assert "company name" in str(error.value) and "Project proposal" in str(error.value)
    application.refresh_from_db()
    assert application.status == S.DRAFT and application.reference is None


def test_submission_without_consent_is_refused():
    application = ApplicationFactory()
    with pytest.raises(ApplicationError, match="personal-data notice"):
        services.submit_application(application.pk, application.applicant, consent=False)


def test_submitting_twice_changes_nothing_the_second_time():
    application = submitted_application()
    with pytest.raises(IllegalTransition):
        services.submit_application(application.pk, application.applicant, consent=True)
    assert StatusChange.objects.filter(application=application).count() == 1


def test_the_full_path_with_an_information_loop_reaches_approval():
    application = move(
        ApplicationFactory(),
        "submit",
        "start_screening",
        "request_information",
        "resubmit",
        "start_appraisal",
        "approve",
    )
    assert application.status == S.APPROVED and application.decided_at is not None
    assert list(application.status_changes.values_list("to_status", flat=True)) == [
        S.SUBMITTED,
        S.SCREENING,
        S.INFO_REQUESTED,
        S.RESUBMITTED,
        S.APPRAISAL,
        S.APPROVED,
    ]


@pytest.mark.parametrize(
    ("path", "step", "allowed_group"),
    [
        (["submit"], "start_screening", "Investment officer"),
        (["submit", "start_screening"], "request_information", "Investment officer"),
        (["submit", "start_screening"], "start_appraisal", "Investment officer"),
        (["submit", "start_screening", "start_appraisal"], "approve", "Director"),
        (["submit", "start_screening", "start_appraisal"], "reject", "Director"),
    ],
)
def test_each_staff_step_is_allowed_to_its_group_only(path, step, allowed_group):
    application = move(ApplicationFactory(), *path)
    others = {"Investment officer", "Director", "Land officer", "Editor"} - {allowed_group}
    for group in others:
        with pytest.raises(PermissionDenied):
            services.take_step(step, application.pk, StaffFactory(groups=[group]), "note")
    with pytest.raises(PermissionDenied):
        services.take_step(step, application.pk, application.applicant, "note")
    services.take_step(step, application.pk, StaffFactory(groups=[allowed_group]), "note")


def test_applicant_steps_belong_to_the_applicant_only():
    application = move(ApplicationFactory(), "submit", "start_screening", "request_information")
    for intruder in (UserFactory(), officer(), director()):
        with pytest.raises(PermissionDenied):
            services.resubmit(application.pk, intruder, "Here it is.")
        with pytest.raises(PermissionDenied):
            services.withdraw(application.pk, intruder)
    services.resubmit(application.pk, application.applicant, "Here it is.")


def test_an_illegal_transition_raises_a_clear_error():
    application = submitted_application()
    with pytest.raises(IllegalTransition, match="not possible now"):
        services.approve(application.pk, director(), "Looks good.")


def test_staff_steps_require_a_note():
    application = submitted_application()
    with pytest.raises(ApplicationError, match="Write a note"):
        services.start_screening(application.pk, officer(), "  ")


def test_the_applicant_can_withdraw_before_but_not_after_a_decision():
    application = move(ApplicationFactory(), "submit", "start_screening")
    services.withdraw(application.pk, application.applicant)
    application.refresh_from_db()
    assert application.status == S.WITHDRAWN
    decided = move(ApplicationFactory(), "submit", "start_screening", "start_appraisal", "reject")
    with pytest.raises(IllegalTransition):
        services.withdraw(decided.pk, decided.applicant)


def test_approval_reserves_the_requested_parcels_with_a_log_entry():
    parcel = ParcelFactory()
    application = move(ApplicationFactory(parcel_codes=[parcel.code]), "submit", "start_screening", "start_appraisal")
    move(application, "approve")
    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.RESERVED
    assert ParcelStatusChange.objects.get(parcel=parcel).reference == application.reference


def test_approval_fails_cleanly_when_a_parcel_was_taken_meanwhile():
    free, taken = ParcelFactory(), ParcelFactory()
    application = move(
        ApplicationFactory(parcel_codes=[free.code, taken.code]), "submit", "start_screening", "start_appraisal"
    )
    taken.status = ParcelStatus.LEASED
    taken.save()
    with pytest.raises(ApplicationError, match=taken.code):
        services.approve(application.pk, director(), "Approved.")
    application.refresh_from_db()
    free.refresh_from_db()
    assert application.status == S.APPRAISAL
    assert free.status == ParcelStatus.AVAILABLE  # the first reservation was rolled back too


def test_a_deactivated_officer_can_no_longer_move_a_file():
    application = submitted_application()
    former = officer(is_active=False)
    with pytest.raises(PermissionDenied):
        services.start_screening(application.pk, former, "Screening.")
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


def test_group_membership_without_staff_status_is_not_enough():
    application = submitted_application()
    member = officer()
    member.is_staff = False
    member.save(update_fields=["is_staff"])
    with pytest.raises(PermissionDenied):
        services.start_screening(application.pk, member, "Screening.")


def test_a_superuser_may_act_for_either_review_group():
    admin = StaffFactory(is_superuser=True)
    application = submitted_application()
    for step in ("start_screening", "start_appraisal", "approve"):
        services.take_step(step, application.pk, admin, f"{step} by the administrator.")
    application.refresh_from_db()
    assert application.status == S.APPROVED


def test_each_person_is_offered_only_the_steps_they_may_take_now():
    from investors.applications import workflow

    application = move(ApplicationFactory(), "submit", "start_screening")
    the_officer, the_director = officer(), director()

    def names(transitions):
        return [transition.name for transition in transitions]

    assert names(workflow.allowed_transitions(the_officer, application)) == [
        "request_information",
        "start_appraisal",
    ]
    assert names(workflow.allowed_transitions(application.applicant, application)) == ["withdraw"]
    assert names(workflow.staff_transitions(application.applicant, application)) == []
    assert names(workflow.allowed_transitions(the_director, application)) == []
    assert names(workflow.allowed_transitions(UserFactory(), application)) == []
    appraised = move(application, "start_appraisal")
    assert names(workflow.staff_transitions(the_director, appraised)) == ["approve", "reject"]
    assert names(workflow.allowed_transitions(appraised.applicant, appraised)) == ["withdraw"]


def test_only_investment_officers_and_directors_review_files():
    from django.contrib.auth.models import AnonymousUser

    from investors.applications.workflow import is_reviewer

    ensure_review_group("Land officer")
    assert is_reviewer(officer()) and is_reviewer(director())
    assert not is_reviewer(StaffFactory(groups=["Land officer"]))
    assert not is_reviewer(UserFactory())
    assert not is_reviewer(AnonymousUser())
    assert not is_reviewer(None)
    assert not is_reviewer(officer(is_active=False))
