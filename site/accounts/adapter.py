"""allauth's adapter: the site's own answers to questions allauth asks (here, who the client is)."""

from allauth.account.adapter import DefaultAccountAdapter

from .client_address import client_address


class AccountAdapter(DefaultAccountAdapter):
    """Counts allauth's rate limits (sign-up, sign-in) per the same client address as every other limit."""

    def get_client_ip(self, request):
        return client_address(request) or super().get_client_ip(request)
