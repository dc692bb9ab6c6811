"""`python manage.py run_scheduled_jobs [--loop] [--job NAME]`: run the periodic jobs that are due.

Once by default (for cron, every minute); with `--loop`, again every `--interval` seconds until
stopped (the Procfile's `scheduler` process). docs/deployment.md lists the jobs.
"""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from core import scheduler


class Command(BaseCommand):
    help = "Run the periodic jobs that are due (search retry, e-mail retry, clean-up, reminders…)."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, checking every --interval seconds.")
        parser.add_argument("--interval", type=float, default=60, help="Seconds between checks with --loop.")
        parser.add_argument("--job", action="append", help="Run only this job (if due); may be repeated.")
        parser.add_argument("--list", action="store_true", help="List the registered jobs and stop.")

    def handle(self, *args, loop, interval, job, list, **options):
        if list:
            for name, entry in sorted(scheduler.jobs().items()):
                self.stdout.write(f"{name}: every {entry.every}")
            return
        self.running = True
        if loop:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        while True:
            if loop:
                close_old_connections()  # a long-running process must not keep a broken connection
            for name, outcome in scheduler.run_due(only=job).items():
                self.stdout.write(f"{name}: {outcome}")
            self.stdout.flush()
            if not loop:
                return
            waited = 0.0
            while self.running and waited < interval:
                time.sleep(0.5)
                waited += 0.5
            if not self.running:
                return

    def _stop(self, signum, frame):
        self.running = False
