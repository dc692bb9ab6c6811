"""One place to export and erase everything the platform holds about a person.

Each domain app that keeps personal data registers a provider in its `AppConfig.ready()`
(the shell never imports a domain app; the arrow points from the app to `accounts`):

    from accounts import personal_data
    personal_data.register(personal_data.Provider(
        name="training", export=export, open_items=open_items, erase=erase))

- `export(user) -> dict`: everything the app holds about the person, JSON-ready;
- `open_items(user) -> list[str]`: translated reasons the erasure must wait (an open file, a
  course not yet finished); empty when nothing is open;
- `erase(user)`: anonymise (or delete) the app's data about the person. Called inside the same
  transaction for every provider, only when no provider has an open item.

The account itself (name, e-mail, phone, organisation, sign-in addresses) is exported and erased
here, after every provider. Decided records are kept without the person's identity for
`PERSONAL_DATA_RETENTION_YEARS` (see docs/personal-data.md).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

DEFAULT_RETENTION_YEARS = 10


@dataclass(frozen=True)
class Provider:
    """What one app contributes to a person's export and erasure."""

    name: str
    export: Callable
    open_items: Callable
    erase: Callable
    order: int = 100


_providers: dict[str, Provider] = {}


def register(provider):
    """Add (or replace, by name) an app's provider; call from AppConfig.ready()."""
    _providers[provider.name] = provider


def providers():
    """The registered providers, in order."""
    return sorted(_providers.values(), key=lambda provider: (provider.order, provider.name))


class ErasureRefused(Exception):
    """Erasure must wait: `reasons` says what is still open, in the current language."""

    def __init__(self, reasons):
        self.reasons = list(reasons)
        super().__init__("; ".join(self.reasons))


def retention_years():
    """How many years decided records are kept, without the person's identity, after erasure."""
    return int(getattr(settings, "PERSONAL_DATA_RETENTION_YEARS", DEFAULT_RETENTION_YEARS))


def _account(user):
    return {
        "email": user.email,
        "full_name": user.full_name,
        "phone": str(user.phone or ""),
        "organisation": user.organisation,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "privacy_consents": [
            {"notice_version": version, "accepted_at": accepted_at.isoformat()}
            for version, accepted_at in user.privacy_consents.values_list("notice_version", "accepted_at")
        ],
        "organisations": [
            {"name": name, "tax_number": tax_number, "role": role, "joined_at": joined_at.isoformat()}
            for name, tax_number, role, joined_at in user.organisation_memberships.values_list(
                "organisation__name", "organisation__tax_number", "role", "joined_at"
            )
        ],
    }


def export(user):
    """Everything about `user`: the account, then one section per registered provider."""
    data = {"exported_at": timezone.now().isoformat(), "account": _account(user)}
    for provider in providers():
        data[provider.name] = provider.export(user)
    return data


def open_items(user):
    """Every reason, from every app, why `user`'s data cannot be erased now (empty: it can)."""
    return [reason for provider in providers() for reason in provider.open_items(user)]


def erase(user):
    """Anonymise `user` in every app and close the account, or raise ErasureRefused.

    One transaction: the person's row is locked, open items are checked again inside it, then each
    provider erases its part and the account is anonymised last."""
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().get(pk=user.pk)
        reasons = open_items(user)
        if reasons:
            raise ErasureRefused(reasons)
        for provider in providers():
            provider.erase(user)
        _anonymise_account(user)
    return user


def _anonymise_account(user):
    from allauth.account.models import EmailAddress
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    old_email = user.email
    EmailAddress.objects.filter(user=user).delete()
    user.organisation_memberships.all().delete()  # an erased person acts for no organisation
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username__iexact=old_email).delete()
    user.full_name = _("Anonymised person")
    user.email = f"anonymised-{user.pk}@deleted.invalid"
    user.phone = ""
    user.organisation = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
