"""Factories for users, with a verified e-mail address so they can sign in."""

from django.contrib.auth import get_user_model

import factory
from allauth.account.models import EmailAddress

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up person whose e-mail address is verified."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda number: f"person{number}@example.com")
    full_name = factory.Faker("name")
    preferred_language = "vi"
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


class StaffFactory(UserFactory):
    """A staff member in the named groups: StaffFactory(groups=["Editor"])."""

    is_staff = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            user.groups.set(Group.objects.filter(name__in=extracted))


def sign_in_staff(client, user):
    """Sign a staff member into `client` so that the admin opens for them.

    Every admin test signs staff in through this one function, so the admin's sign-in requirements
    (such as a second factor) are met in one place."""
    client.force_login(user)
    return client
