"""Factories for organisation accounts: OrganisationFactory(owner=user, members=[...])."""

import factory

from accounts.models import Membership, MembershipRole, Organisation


class OrganisationFactory(factory.django.DjangoModelFactory):
    """An organisation; `owner=` and `members=` add memberships."""

    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda number: f"Công ty Phần mềm Số {number}")
    tax_number = factory.Sequence(lambda number: f"58{number:08d}")
    country = "VN"

    @factory.post_generation
    def owner(organisation, create, extracted, **kwargs):
        if create and extracted is not None:
            Membership.objects.create(organisation=organisation, user=extracted, role=MembershipRole.OWNER)

    @factory.post_generation
    def members(organisation, create, extracted, **kwargs):
        for user in extracted or ():
            Membership.objects.create(organisation=organisation, user=user, role=MembershipRole.MEMBER)
