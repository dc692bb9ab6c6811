"""Retry policy-change alert e-mails that are still pending or failed."""

from django.core.management.base import BaseCommand

from investors.policy_alerts import resend_unsent_alerts


class Command(BaseCommand):
    help = "Send every policy-change alert e-mail that is pending or failed."

    def handle(self, *args, **options):
        sent, failed = resend_unsent_alerts()
        self.stdout.write(f"policy alerts: {sent} sent, {failed} still failing")
