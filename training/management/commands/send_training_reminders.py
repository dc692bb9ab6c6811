"""`python manage.py send_training_reminders [--days N]`: remind confirmed trainees before their cohort starts.

Run daily (cron). Each trainee gets one reminder per registration, however often the command runs.
"""

from django.core.management.base import BaseCommand

from training.services import queue_reminders


class Command(BaseCommand):
    help = "Queue reminder e-mails for cohorts starting within --days days (default 3)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=3, help="How many days before the start to remind.")

    def handle(self, *args, days, **options):
        self.stdout.write(f"{queue_reminders(days_before=days)} reminders queued.")
