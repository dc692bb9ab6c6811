"""What an applicant or an officer reads when a step is refused, what the file still lacks in words, and
who is recorded on the staff timeline; added from surviving mutants of investors.applications.services
(docs/testing.md, "Mutation testing")."""

import datetime
import re
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

import pytest

from investors.applications import services
from investors.applications.models import (
    ApplicationStatus,
    InvestmentApplication,
    OfficerAssignment,
    ReviewerAssignment,
)
from investors.models import SavedEstimate
from land.models import ParcelStatus
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, director, move, officer, pdf_upload
from tests.factories.land import ParcelFactory, UnitFactory

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


def test_starting_again_resumes_the_open_draft_prefilled_from_the_profile():
    investor = UserFactory(organisation="Highland Software", phone="+84912345678")
    first = services.start_draft(investor)
    again = services.start_draft(investor)
    assert again.pk == first.pk
    assert InvestmentApplication.objects.filter(applicant=investor, status=ApplicationStatus.DRAFT).count() == 1
    assert (first.company_name, first.representative_name, first.contact_email, first.contact_phone) == (
        "Highland Software",
        investor.full_name,
        investor.email,
        "+84912345678",
    )


def test_submission_records_when_it_was_made_and_under_which_personal_data_notice():
    application = ApplicationFactory()
    before = timezone.now()
    application = move(application, "submit")
    assert before <= application.submitted_at <= timezone.now()
    assert (application.consent_version, application.consent_at) == (services.NOTICE_VERSION, application.submitted_at)


def test_a_staff_note_whose_audience_is_not_given_stays_with_staff(client):
    application = move(ApplicationFactory(), "submit", "start_screening")  # the screening note: internal=None
    client.force_login(application.applicant)
    page = client.get(reverse("application_detail", args=[application.public_id])).content.decode()
    assert "Note for start_screening." not in page
    assert services.note_is_internal("start_screening") is True
    assert services.note_is_internal("request_information") is False


def test_staff_messages_read_as_from_the_park_and_the_applicants_own_as_from_them(client):
    application = move(ApplicationFactory(), "submit", "start_screening")
    services.post_message(application.pk, officer(), "Please send the lease draft.", internal=False)
    services.post_message(application.pk, application.applicant, "Attached tomorrow.")
    assert list(application.messages.order_by("pk").values_list("from_staff", flat=True)) == [True, False]
    client.force_login(application.applicant)
    with override("en"):
        page = client.get(f"/en/apply/{application.public_id}/").content.decode()
    thread = page.split('<ol class="thread">')[1].split("</ol>")[0]
    messages = [
        (re.sub(r" · .*", "", meta), body)
        for meta, body in re.findall(r'<p class="card__meta">(.*?)</p>\s*<p>(.*?)</p>', thread, re.S)
    ]
    assert sorted(messages) == [("The park", "Please send the lease draft."), ("You", "Attached tomorrow.")]


def test_a_file_given_back_by_the_director_has_no_officer_and_the_timeline_says_so():
    application = submitted_application_with_officer()
    services.assign_officer(application.pk, director(), None)
    application.refresh_from_db()
    assert application.assigned_officer is None
    last = OfficerAssignment.objects.filter(application=application).latest("pk")
    assert (last.officer, last.officer_name) == (None, "")


def submitted_application_with_officer():
    application = move(ApplicationFactory(), "submit")
    services.assign_officer(application.pk, director(), officer())
    application.refresh_from_db()
    assert application.assigned_officer is not None
    return application


def test_approval_names_the_parcel_that_can_no_longer_be_reserved():
    taken = ParcelFactory(status=ParcelStatus.LEASED)
    application = move(ApplicationFactory(parcel_codes=[taken.code]), "submit", "start_screening", "start_appraisal")
    message = refusal(services.ApplicationError, services.approve, application.pk, director(), "Approved.")
    assert message.startswith(f"Parcel {taken.code} cannot be reserved: ")
    assert len(message) > len(f"Parcel {taken.code} cannot be reserved: ")  # the land register's reason follows


def test_an_application_started_from_an_estimate_of_an_office_unit_asks_for_that_unit():
    investor = UserFactory()
    unit = UnitFactory()
    estimate = SavedEstimate.objects.create(
        owner=investor,
        title="Office",
        query={"unit": unit.code},
        computed_on=datetime.date(2026, 11, 30),
        total_saving_usd=Decimal("0"),
    )
    application = services.start_application_from_estimate(investor, estimate)
    assert application.unit_codes == [unit.code]
