"""Organisation accounts: tax numbers, invitations by e-mail (outbox, token link, expiry, the invited
address only), removal by an owner, leaving, and the last owner who cannot leave; the pages in both
languages and the admin."""

from datetime import timedelta

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from accounts import organisations
from accounts.models import Invitation, Membership
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from tests.factories.organisations import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("number", ["5800123456", "5800123456-001"])
def test_a_vietnamese_tax_number_of_10_or_10_3_digits_is_accepted(number):
    organisation = organisations.create_organisation(UserFactory(), "Công ty A", number, "VN")
    assert organisation.tax_number == number


@pytest.mark.parametrize("number", ["580012345", "58001234567", "5800123456-01", "58OO123456"])
def test_a_malformed_vietnamese_tax_number_is_refused(number):
    with pytest.raises(ValidationError):
        organisations.create_organisation(UserFactory(), "Công ty A", number, "VN")


def test_a_foreign_tax_number_is_free():
    organisation = organisations.create_organisation(UserFactory(), "Acme Pte", "201912345K", "SG")
    organisation.refresh_from_db()
    assert (organisation.tax_number, organisation.country.code) == ("201912345K", "SG")
    organisation.full_clean()  # the admin's model validation accepts it too


def test_the_page_accepts_a_foreign_organisation_with_its_own_tax_number(client):
    user = UserFactory()
    client.force_login(user)
    data = {"action": "create", "name": "Acme Pte", "tax_number": "201912345K", "country": "SG"}
    response = client.post("/en/account/organisation/", data)
    assert response.status_code == 302
    membership = Membership.objects.get(user=user)
    assert (membership.organisation.tax_number, membership.organisation.country.code) == ("201912345K", "SG")


@pytest.mark.parametrize(("language", "message"), [("en", "10 digits"), ("vi", "10 chữ số")])
def test_the_page_refuses_a_bad_tax_number_in_the_page_language(client, language, message):
    client.force_login(UserFactory())
    data = {"action": "create", "name": "Công ty A", "tax_number": "123", "country": "VN"}
    response = client.post(f"/{language}/account/organisation/", data)
    page = response.content.decode()
    assert response.status_code == 200 and message in page and 'value="Công ty A"' in page


def invitation_link(message):
    import re

    return re.search(r"https?://[^/\s]+(/\S+/organisation/invitations/\S+/)", message.body).group(1)


def test_an_owner_invites_a_colleague_who_accepts_from_the_e_mail(client, django_capture_on_commit_callbacks):
    owner, colleague = UserFactory(), UserFactory(email="cuong@example.vn", preferred_language="en")
    organisation = OrganisationFactory(owner=owner)
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/vi/account/organisation/",
            {"action": "invite", "organisation": organisation.pk, "email": "Cuong@example.vn"},
        )
    assert [message.to for message in mail.outbox] == [["cuong@example.vn"]]
    assert organisation.name in mail.outbox[0].subject
    link = invitation_link(mail.outbox[0])
    client.force_login(colleague)
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302
    assert Membership.objects.filter(organisation=organisation, user=colleague, role="member").exists()
    assert client.post(link).status_code == 410  # used once


def test_an_invitation_reaches_an_address_without_an_account(django_capture_on_commit_callbacks):
    organisation = OrganisationFactory(owner=(owner := UserFactory()))
    with django_capture_on_commit_callbacks(execute=True):
        organisations.invite(organisation, owner, "new.person@example.vn")
    assert [message.to for message in mail.outbox] == [["new.person@example.vn"]]


def test_only_the_invited_address_can_accept(client):
    organisation = OrganisationFactory(owner=(owner := UserFactory()))
    invitation = organisations.invite(organisation, owner, "cuong@example.vn")
    intruder = UserFactory()
    client.force_login(intruder)
    response = client.post(f"/en/account/organisation/invitations/{invitation.token}/")
    assert response.status_code == 403 and "cuong@example.vn" in response.content.decode()
    assert not Membership.objects.filter(user=intruder).exists()
    with pytest.raises(organisations.OrganisationError):
        organisations.accept(invitation.token, intruder)
    assert not Membership.objects.filter(user=intruder).exists()


def test_an_expired_invitation_cannot_be_accepted(client):
    organisation = OrganisationFactory(owner=(owner := UserFactory()))
    invitation = organisations.invite(organisation, owner, "cuong@example.vn")
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    client.force_login(UserFactory(email="cuong@example.vn"))
    assert client.post(f"/vi/account/organisation/invitations/{invitation.token}/").status_code == 410
    assert not Membership.objects.filter(user__email="cuong@example.vn").exists()


def test_a_member_cannot_invite_or_remove():
    member, other = UserFactory(), UserFactory()
    organisation = OrganisationFactory(owner=UserFactory(), members=[member, other])
    with pytest.raises(PermissionDenied):
        organisations.invite(organisation, member, "x@example.vn")
    with pytest.raises(PermissionDenied):
        organisations.remove_member(organisation, member, organisation.memberships.get(user=other).pk)


def test_the_owner_removes_a_member_from_the_page(client):
    owner, member = UserFactory(), UserFactory()
    organisation = OrganisationFactory(owner=owner, members=[member])
    client.force_login(owner)
    membership = organisation.memberships.get(user=member)
    data = {"action": "remove", "organisation": organisation.pk, "membership": membership.pk}
    assert client.post("/en/account/organisation/", data).status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.parametrize(("language", "message"), [("en", "last owner"), ("vi", "chủ sở hữu cuối cùng")])
def test_the_last_owner_cannot_leave(client, language, message):
    owner = UserFactory()
    organisation = OrganisationFactory(owner=owner, members=[UserFactory()])
    client.force_login(owner)
    response = client.post(
        f"/{language}/account/organisation/", {"action": "leave", "organisation": organisation.pk}, follow=True
    )
    assert message in response.content.decode()
    assert Membership.objects.filter(organisation=organisation, user=owner).exists()


def test_a_member_leaves(client):
    member = UserFactory()
    organisation = OrganisationFactory(owner=UserFactory(), members=[member])
    client.force_login(member)
    client.post("/en/account/organisation/", {"action": "leave", "organisation": organisation.pk})
    assert not Membership.objects.filter(organisation=organisation, user=member).exists()


def test_someone_outside_the_organisation_cannot_act_on_it(client):
    organisation = OrganisationFactory(owner=UserFactory())
    client.force_login(UserFactory())
    response = client.post("/en/account/organisation/", {"action": "leave", "organisation": organisation.pk})
    assert response.status_code == 404


@pytest.mark.parametrize(("language", "heading"), [("en", "My organisation"), ("vi", "Tổ chức của tôi")])
def test_the_page_lists_members_in_both_languages(client, language, heading):
    owner, member = UserFactory(full_name="Trần Thị Bình"), UserFactory(full_name="Lê Văn Cường")
    OrganisationFactory(owner=owner, members=[member], name="Công ty Thông Xanh")
    client.force_login(member)
    page = client.get(f"/{language}/account/organisation/").content.decode()
    assert heading in page and "Công ty Thông Xanh" in page and "Trần Thị Bình" in page and "Lê Văn Cường" in page


def test_staff_see_organisations_and_members_in_the_admin(client):
    owner = UserFactory(full_name="Trần Thị Bình")
    organisation = OrganisationFactory(owner=owner, name="Công ty Thông Xanh")
    sign_in_staff(client, StaffFactory(is_superuser=True))
    assert "Công ty Thông Xanh" in client.get("/admin/organisations/").content.decode()
    page = client.get(f"/admin/organisations/inspect/{organisation.pk}/").content.decode()
    assert "Trần Thị Bình" in page and organisation.tax_number in page


def test_the_personal_data_export_lists_memberships_and_erasure_ends_them():
    from accounts import personal_data

    member = UserFactory()
    OrganisationFactory(owner=UserFactory(), members=[member], name="Công ty Thông Xanh")
    assert [row["name"] for row in personal_data.export(member)["account"]["organisations"]] == ["Công ty Thông Xanh"]
    personal_data.erase(member)
    assert not Membership.objects.filter(user=member).exists()
