"""What an applicant or an officer reads when a step is refused, what the file still lacks in words, and
who is recorded on the staff timeline; added from surviving mutants of investors.applications.services
(docs/testing.md, "Mutation testing")."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import override

import pytest

from investors.applications import services
from investors.applications.models import InvestmentApplication, OfficerAssignment, ReviewerAssignment
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, director, move, officer, pdf_upload

pytestmark = pytest.mark.django_db


def refusal(error, function, *args, **kwargs):
    with override("en"), pytest.raises(error) as refused:
        function(*args, **kwargs)
    return str(refused.value)


def test_an_empty_draft_lists_everything_it_lacks_in_words():
    draft = InvestmentApplication.objects.create(applicant=UserFactory())
    with override("en"):
        missing = services.missing_items(draft)
    assert missing == [
        "the company name",
        "the country",
        "the registration or tax number",
        "the address",
        "the legal representative",
        "a contact e-mail",
        "the sector",
        "the project name",
        "the project description",
        "the investment capital",
        "the staff plan",
        "the premises: choose parcels or office units, or give the required area",
        "Registration certificate or passport",
        "Project proposal",
        "Proof of financial capacity",
    ]


def test_a_complete_draft_lacks_only_its_documents():
    with override("en"):
        assert services.missing_items(ApplicationFactory()) == [
            "Registration certificate or passport",
            "Project proposal",
            "Proof of financial capacity",
        ]


def test_refusals_tell_the_applicant_exactly_why():
    application = ApplicationFactory()
    stranger = UserFactory()
    assert refusal(PermissionDenied, services.add_document, application.pk, stranger, pdf_upload(), "other") == (
        "This is not your application."
    )
    assert refusal(
        services.ApplicationError, services.replace_document, application.pk, application.applicant, 0, pdf_upload()
    ) == ("That document does not exist or has already been replaced.")
    assert refusal(services.ApplicationError, services.submit_application, application.pk, application.applicant) == (
        "Please accept the personal-data notice to submit."
    )


def test_an_unknown_staff_step_is_refused_in_words():
    application = move(ApplicationFactory(), "submit")
    assert refusal(services.IllegalTransition, services.take_step, "archive", application.pk, officer(), "x") == (
        "Unknown step."
    )
    assert refusal(services.IllegalTransition, services.check_step, "approve", application.pk, director()) == (
        "This application is “Submitted”; “Approve” is not possible now."
    )


def test_the_officer_who_starts_screening_is_recorded_as_who_assigned_and_reviews():
    screening_officer = officer()
    application = move(ApplicationFactory(), "submit", "start_screening", officer_user=screening_officer)
    assignment = OfficerAssignment.objects.get(application=application)
    reviewer = ReviewerAssignment.objects.get(application=application)
    assert (application.assigned_officer, assignment.officer, assignment.assigned_by) == (
        screening_officer,
        screening_officer,
        screening_officer,
    )
    assert (reviewer.reviewer, reviewer.assigned_by) == (screening_officer, screening_officer)
