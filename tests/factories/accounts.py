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

    @factory.post_generation
    def privacy_consent(user, create, extracted, **kwargs):
        """Signed-up people accepted the privacy notice in force; UserFactory(privacy_consent=False) did not."""
        if create and extracted is not False:
            from accounts.consent import record_consent

            record_consent(user)


class StaffFactory(UserFactory):
    """A staff member in the named groups: StaffFactory(groups=["Editor"])."""

    is_staff = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            user.groups.set(Group.objects.filter(name__in=extracted))


def enrol_authenticator_app(user, secret=None):
    """The user's authenticator app (allauth TOTP), enrolled with `secret` or a new one; returns it."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, secret or generate_totp_secret()).instance


def sign_in_staff(client, user):
    """Sign a staff member into `client` so that the admin opens for them.

    Every admin test signs staff in through this one function, so the admin's sign-in requirements are
    met in one place: the user gets an authenticator app, and the session records a password step and
    a second-factor step exactly as allauth records them when a code is typed at sign-in."""
    from django.http import HttpRequest

    from allauth.account.internal.flows.login import record_authentication

    authenticator = enrol_authenticator_app(user)
    client.force_login(user)
    request = HttpRequest()
    request.session = client.session
    record_authentication(request, user, "password", email=user.email)
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
    request.session.save()
    return client


def totp_code(secret, at=None, step=30, digits=6):
    """The authenticator-app code for a base32 `secret` at time `at` (now by default), per RFC 6238."""
    import base64
    import hashlib
    import hmac
    import struct
    import time

    counter = int((time.time() if at is None else at) // step)
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"
