"""`python manage.py send_reminders [--date YYYY-MM-DD]`: the daily reminders and escalation.

Run it once every day (cron or the scheduler; docs/applications.md). It does nothing on weekends and
Vietnamese public holidays, and each person gets each kind of reminder at most once a day, so running
it twice (or on two hosts) is harmless.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from investors.applications.reminders import send_reminders


class Command(BaseCommand):
    help = "Daily: officers' due and overdue files, escalation to directors, applicants' reminders, lapsed requests."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Run as of this day (YYYY-MM-DD); default: today in Asia/Ho_Chi_Minh.")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("--date must look like 2026-11-30") from error
        run = send_reminders(today)
        if not run.working_day:
            self.stdout.write(f"{run.day}: not a working day; nothing sent.")
            return
        self.stdout.write(
            f"{run.day}: {run.officer_digests} officer digests, {run.escalations} escalations, "
            f"{run.applicant_reminders} applicant reminders, {run.lapsed} lapsed requests."
        )
