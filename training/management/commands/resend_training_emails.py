"""`python manage.py resend_training_emails`: retry registration e-mails that failed or were never sent."""

from django.core.management.base import BaseCommand

from training.tasks import resend_unsent


class Command(BaseCommand):
    help = "Retry training e-mails that failed or are still pending."

    def handle(self, *args, **options):
        sent, failed = resend_unsent()
        self.stdout.write(f"{sent} sent, {failed} still failing.")
