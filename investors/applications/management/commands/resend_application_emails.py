"""`python manage.py resend_application_emails`: retry application e-mails that failed or were never sent."""

from django.core.management.base import BaseCommand

from investors.applications.tasks import resend_unsent


class Command(BaseCommand):
    help = "Retry investment-application e-mails that are pending or failed."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="Most e-mails to try in one run.")

    def handle(self, *args, limit, **options):
        sent, failed = resend_unsent(limit=limit)
        self.stdout.write(f"Sent {sent} e-mail(s); {failed} still failing.")
