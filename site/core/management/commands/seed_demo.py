"""`python manage.py seed_demo [--scale N]`: idempotent bilingual demo content from every app."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.seeding import SeedContext, steps


class Command(BaseCommand):
    help = "Create the demo content in Vietnamese and English (safe to run again: it only adds what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=int, default=1, help="Multiply parcels, policies, cohorts and registrations by N."
        )

    def handle(self, *args, scale, **options):
        if scale < 1 or scale > 1000:
            raise CommandError("--scale must be between 1 and 1000.")
        context = SeedContext(scale=scale, log=lambda message: self.stdout.write(message))
        with transaction.atomic():
            for step in steps():
                self.stdout.write(f"Seeding {step.name}…")
                step.run(context)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
