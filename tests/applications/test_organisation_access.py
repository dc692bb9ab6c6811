"""Applications filed for an organisation: every current member sees and works on them through the
same checks as the applicant; a former member, a member of another organisation and an anonymous
visitor get nothing (404, or the sign-in page), documents included; the timeline names the member."""

import pytest

from accounts import organisations
from investors.applications import services
from investors.applications.models import ApplicationStatus
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, move, officer, pdf_upload
from tests.factories.organisations import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def firm():
    """An organisation (owner files the application, a colleague is a member) whose file awaits information."""
    owner, colleague = UserFactory(full_name="Trần Thị Bình"), UserFactory(full_name="Lê Văn Cường")
    organisation = OrganisationFactory(owner=owner, members=[colleague])
    application = move(ApplicationFactory(applicant=owner, organisation=organisation), "submit", "start_screening")
    services.take_step("request_information", application.pk, officer(), "Send the land use plan.", internal=False)
    document = application.documents.filter(message__isnull=True).first()
    return {
        "owner": owner,
        "colleague": colleague,
        "organisation": organisation,
        "application": application,
        "document": document,
    }


def urls(firm):
    ref = firm["application"].public_id
    return [f"/en/apply/{ref}/", f"/en/apply/{ref}/documents/{firm['document'].pk}/"]


def test_a_member_sees_the_file_and_downloads_its_documents(client, firm):
    client.force_login(firm["colleague"])
    assert [client.get(url).status_code for url in urls(firm)] == [200, 200]
    assert firm["application"].reference in client.get("/en/account/").content.decode()


def test_a_member_answers_the_information_request_and_the_timeline_names_them(client, firm):
    client.force_login(firm["colleague"])
    ref = firm["application"].public_id
    upload = client.post(f"/en/apply/{ref}/step/documents/", {"kind": "other", "file": pdf_upload("plan.pdf")})
    assert upload.status_code in (200, 302)
    response = client.post(f"/en/apply/{ref}/resubmit/", {"note": "The land use plan is attached."})
    assert response.status_code == 302
    firm["application"].refresh_from_db()
    assert firm["application"].status == ApplicationStatus.RESUBMITTED
    change = firm["application"].status_changes.order_by("-created_at", "-pk").first()
    assert change.actor == firm["colleague"]
    page = client.get(f"/en/apply/{ref}/").content.decode()
    assert "Lê Văn Cường" in page


def test_a_removed_member_loses_access_at_once(client, firm):
    membership = firm["organisation"].memberships.get(user=firm["colleague"])
    client.force_login(firm["colleague"])
    assert client.get(urls(firm)[0]).status_code == 200
    organisations.remove_member(firm["organisation"], firm["owner"], membership.pk)
    assert [client.get(url).status_code for url in urls(firm)] == [404, 404]
    ref = firm["application"].public_id
    assert client.post(f"/en/apply/{ref}/resubmit/", {"note": "x"}).status_code == 404
    assert client.post(f"/en/apply/{ref}/messages/", {"body": "x"}).status_code == 404


def test_a_member_who_leaves_loses_access_at_once(client, firm):
    client.force_login(firm["colleague"])
    organisations.leave(firm["organisation"], firm["colleague"])
    assert [client.get(url).status_code for url in urls(firm)] == [404, 404]
    assert firm["application"].reference not in client.get("/en/account/").content.decode()


def test_a_member_of_another_organisation_gets_404(client, firm):
    outsider = UserFactory()
    OrganisationFactory(owner=outsider)
    client.force_login(outsider)
    assert [client.get(url).status_code for url in urls(firm)] == [404, 404]
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied from the service itself
        services.resubmit(firm["application"].pk, outsider, "x")


def test_an_anonymous_visitor_is_sent_to_sign_in(client, firm):
    for url in urls(firm):
        response = client.get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_company_step_offers_the_applicants_organisations(client):
    owner = UserFactory()
    organisation = OrganisationFactory(owner=owner, name="Công ty Thông Xanh")
    application = ApplicationFactory(applicant=owner, status="draft")
    client.force_login(owner)
    page = client.get(f"/vi/apply/{application.public_id}/step/company/").content.decode()
    assert "Công ty Thông Xanh" in page and 'name="organisation"' in page
    data = {
        "organisation": organisation.pk,
        "company_name": "Công ty Thông Xanh",
        "country": "VN",
        "registration_number": "5800123456",
        "company_address": "1 Hùng Vương",
        "representative_name": "Trần Thị Bình",
        "contact_email": "binh@example.com",
        "contact_phone": "0263 382 1234",
    }
    assert client.post(f"/vi/apply/{application.public_id}/step/company/", data).status_code == 302
    application.refresh_from_db()
    assert application.organisation == organisation
    # Someone else's organisation cannot be chosen.
    foreign = OrganisationFactory(owner=UserFactory())
    response = client.post(f"/vi/apply/{application.public_id}/step/company/", {**data, "organisation": foreign.pk})
    application.refresh_from_db()
    assert response.status_code == 200 and application.organisation == organisation
