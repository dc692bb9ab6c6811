"""`python manage.py daily_maintenance`: the clean-up to run once a day (docs/deployment.md, "Daily clean-up").

Removes what must not be kept: expired sessions (Django's `clearsessions`), failed sign-in attempts
older than the lockout cool-off (django-axes' own clean-up, the one it runs on each sign-in), and
sign-in logs older than `SIGN_IN_LOG_RETENTION_DAYS`. Current sessions and attempts that still count
towards a lockout stay. Prints what it removed; safe to run at any time and more than once.
"""

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.http import HttpRequest
from django.utils import timezone

from axes.handlers.proxy import AxesProxyHandler


def remove_expired_sessions():
    """Run `clearsessions`; the number of expired sessions it removed."""
    expired = Session.objects.filter(expire_date__lt=timezone.now()).count()
    call_command("clearsessions")
    return expired - Session.objects.filter(expire_date__lt=timezone.now()).count()


def remove_expired_sign_in_attempts():
    """Failed sign-in attempts older than the cool-off (they no longer count towards a lockout)."""
    handler = AxesProxyHandler.get_implementation()
    if not hasattr(handler, "clean_expired_user_attempts"):  # handlers without stored attempts
        return 0
    request = HttpRequest()
    request.axes_attempt_time = None  # "now": axes measures the cool-off back from the attempt's time
    return handler.clean_expired_user_attempts(request=request)


def remove_old_sign_in_logs():
    """Sign-in logs (successful and, when enabled, failed) older than the retention period."""
    days = settings.SIGN_IN_LOG_RETENTION_DAYS
    return AxesProxyHandler.reset_logs(age_days=days) + AxesProxyHandler.reset_failure_logs(age_days=days)


def run_daily_maintenance():
    """The whole clean-up (also the scheduler's `daily-maintenance` job): what it removed, by kind."""
    return {
        "sessions": remove_expired_sessions(),
        "sign_in_attempts": remove_expired_sign_in_attempts(),
        "sign_in_logs": remove_old_sign_in_logs(),
    }


class Command(BaseCommand):
    help = "Daily clean-up: expired sessions, expired failed sign-in attempts, old sign-in logs."

    def handle(self, *args, **options):
        removed = run_daily_maintenance()
        sessions, attempts, logs = removed["sessions"], removed["sign_in_attempts"], removed["sign_in_logs"]
        self.stdout.write(f"Removed {sessions} expired sessions.")
        self.stdout.write(f"Removed {attempts} failed sign-in attempts older than the lockout cool-off.")
        self.stdout.write(f"Removed {logs} sign-in log entries older than {settings.SIGN_IN_LOG_RETENTION_DAYS} days.")
