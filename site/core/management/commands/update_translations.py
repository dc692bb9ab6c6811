"""`python manage.py update_translations [DOMAIN ...]`: refresh each domain's .po catalogue.

Each app keeps its own catalogue (`land/locale/...`) holding the strings of its code *and* of its
folder under `templates/`, so teams editing different apps never edit the same file. The shell
(core, home, accounts, transparency, config and the shared templates) uses the project catalogue in
`locale/`.
Needs GNU gettext (xgettext, msgmerge); compiling does not (see compile_translations).
"""

import contextlib
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

APP_DOMAINS = ["investors", "applications", "land", "visits", "training", "search", "ratings"]
LANGUAGES = ["vi", "en"]


def domain_sources(root, domain):
    """(code folders, template folder, catalogue folder) of a domain."""
    if domain == "site":
        return (
            [root / "site" / name for name in ("core", "home", "accounts", "transparency", "config")],
            root / "templates",
            root / "locale",
        )
    if domain == "applications":  # a Django app nested in the investors package
        folder = root / "investors" / "applications"
        return [folder], root / "templates" / "applications", folder / "locale"
    if domain == "ratings":  # a small app under site/, with its own catalogue
        folder = root / "site" / "ratings"
        return [folder], root / "templates" / "ratings", folder / "locale"
    if domain == "visits":  # a Django app nested in the land package
        folder = root / "land" / "visits"
        return [folder], root / "templates" / "visits", folder / "locale"
    return [root / domain], root / "templates" / domain, root / domain / "locale"


class Command(BaseCommand):
    help = "Extract translatable strings per domain (site and each app) into its .po files."

    def add_arguments(self, parser):
        parser.add_argument("domains", nargs="*", help="Domains to update (default: all).")

    def handle(self, *args, domains, **options):
        root = Path(settings.BASE_DIR)
        for domain in domains or ["site", *APP_DOMAINS]:
            if domain not in ["site", *APP_DOMAINS]:
                raise CommandError(f"Unknown domain {domain!r}.")
            self.update_domain(root, domain)

    def update_domain(self, root, domain):
        code_folders, template_folder, catalogue_folder = domain_sources(root, domain)
        with tempfile.TemporaryDirectory(prefix=f"messages-{domain}-") as scratch:
            scratch = Path(scratch)
            for folder in [*code_folders, template_folder]:
                if folder.exists():  # mirror the real layout so references read site/home/models.py:12
                    link = scratch / folder.relative_to(root)
                    link.parent.mkdir(parents=True, exist_ok=True)
                    link.symlink_to(folder, target_is_directory=True)
            for language in LANGUAGES:
                existing = catalogue_folder / language / "LC_MESSAGES" / "django.po"
                if existing.exists():
                    target = scratch / "locale" / language / "LC_MESSAGES"
                    target.mkdir(parents=True)
                    shutil.copy(existing, target / "django.po")
            (scratch / "locale").mkdir(exist_ok=True)
            # Other apps' template folders belong to their own domains; nested locale folders are outputs.
            ignore = [
                "*/locale",
                "locale",
                "static",
                "*/static",
                *(f"templates/{app}" for app in APP_DOMAINS if app != domain),
            ]
            if domain != "applications":
                ignore.append("investors/applications")  # a domain of its own
            if domain != "visits":
                ignore.append("land/visits")  # likewise
            with contextlib.chdir(scratch):
                call_command(
                    "makemessages",
                    locale=LANGUAGES,
                    symlinks=True,
                    ignore_patterns=ignore,
                    no_obsolete=True,
                    add_location="file",
                    verbosity=0,
                )
            for language in LANGUAGES:
                produced = scratch / "locale" / language / "LC_MESSAGES" / "django.po"
                if produced.exists():
                    destination = catalogue_folder / language / "LC_MESSAGES"
                    destination.mkdir(parents=True, exist_ok=True)
                    shutil.copy(produced, destination / "django.po")
        self.stdout.write(f"{domain}: {catalogue_folder.relative_to(root)} updated")
