"""`manage.py reset_two_factor <email>`: for a staff member who lost their phone and recovery codes."""

import logging

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import reset_two_factor

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes and end their open sessions. "
        "Their next sign-in asks them to enrol a new "
        "authenticator app before the admin opens. Check who is asking before you run it."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="the account's e-mail address")

    def handle(self, *args, email, **options):
        user = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the e-mail address {email!r}.")
        removed, ended = reset_two_factor(user)
        logger.warning(
            "Two-factor reset for %s from the command line: %d authenticator(s) removed, %d session(s) ended.",
            user.email,
            removed,
            ended,
        )
        self.stdout.write(
            f"Removed {removed} authenticator(s) of {user.email} and ended {ended} open session(s); "
            "they enrol again at their next sign-in."
        )
