"""django-allauth adapters: the client address, the sign-in rate limit's key, and staff two-factor."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from .client_address import client_address
from .lockout import account_name


class AccountAdapter(DefaultAccountAdapter):
    """allauth's account flows, with the one client address the whole site uses."""

    def get_client_ip(self, request):
        """Rate limits (sign-in, sign-up, password reset e-mails) count per `client_address`."""
        return client_address(request) or super().get_client_ip(request)

    def _get_login_attempts_cache_key(self, request, **credentials):
        """The failed-sign-in limit counts per (account, address), like django-axes.

        allauth counts per account alone by default, so anyone anywhere could keep an account shut by
        failing five times every five minutes. (allauth calls this hook for both counting and clearing.)
        """
        account = account_name(request, credentials) or ""
        return f"{super()._get_login_attempts_cache_key(request, email=account)}|{client_address(request)}"

    def is_reauthentication_required(self, *, app, **kwargs):
        """As allauth, except that a sign-in step in the last five minutes counts as re-authentication for
        two-factor pages, so new staff enrol without typing the password they have just typed again."""
        from .two_factor import authenticated_just_now

        required = super().is_reauthentication_required(app=app, **kwargs)
        request = context.request
        if required and app == "allauth.mfa" and request is not None:
            return not authenticated_just_now(request)
        return required


class MFAAdapter(DefaultMFAAdapter):
    """allauth's two-factor flows, where staff may not switch their authenticator app off."""

    def can_delete_authenticator(self, authenticator):
        """Staff keep their authenticator app; a superuser resets it with `manage.py reset_two_factor`."""
        from .two_factor import requires_two_factor

        if authenticator.type == Authenticator.Type.TOTP and requires_two_factor(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)
