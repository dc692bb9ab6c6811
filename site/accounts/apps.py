from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """People who sign in: investors, trainees and staff, and their account dashboard."""

    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from allauth.mfa.signals import authenticator_added

        from .two_factor import record_enrolment

        authenticator_added.connect(record_enrolment, dispatch_uid="accounts.record_enrolment")

        from core import outbox

        from .organisations import AccountEmailKind, render_invitation_email

        outbox.register_renderer("accounts", render_invitation_email, labels=AccountEmailKind)
