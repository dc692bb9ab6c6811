"""`python manage.py resend_emails`: send every pending or failed e-mail of the outbox now."""

from django.core.management.base import BaseCommand

from core.outbox import resend


class Command(BaseCommand):
    help = "Send every pending or failed e-mail of the outbox now (each is claimed first: never twice)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="Most e-mails to try in one run.")

    def handle(self, *args, limit, **options):
        sent, failed = resend(limit=limit)
        self.stdout.write(f"Sent {sent} e-mail(s); {failed} still failing.")
