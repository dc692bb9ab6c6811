"""The account page shows each person the sections that concern them: a trainee is not offered an investor's section."""

import pytest

from tests.factories.applications import ApplicationFactory
from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory

APPLICATIONS_HEADING = "Investment applications"


@pytest.fixture
def cohort(programme):
    return CohortFactory.for_programme(programme[0], code="WEB-09")


def dashboard(client, user):
    client.force_login(user)
    return client.get("/en/account/").content.decode()


def test_a_trainee_sees_their_courses_and_no_investment_applications_section(client, cohort):
    trainee = TraineeFactory()
    RegistrationFactory(cohort=cohort, trainee=trainee)
    page = dashboard(client, trainee)
    assert "WEB-09" in page
    assert APPLICATIONS_HEADING not in page
    assert "Apply to invest" not in page


def test_someone_with_nothing_yet_is_invited_to_apply(client, site_tree):
    page = dashboard(client, TraineeFactory())
    assert APPLICATIONS_HEADING in page
    assert "Apply to invest" in page


def test_a_trainee_who_also_applied_sees_both_sections(client, cohort):
    trainee = TraineeFactory()
    RegistrationFactory(cohort=cohort, trainee=trainee)
    ApplicationFactory(applicant=trainee, company_name="Cao Nguyên Data JSC")
    page = dashboard(client, trainee)
    assert "WEB-09" in page
    assert APPLICATIONS_HEADING in page
    assert "Cao Nguyên Data JSC" in page
