"""`python manage.py compile_translations`: compile every .po catalogue of the project with polib.

Django's own `compilemessages` needs GNU gettext's msgfmt; this works on a bare machine.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib

SKIPPED_DIRECTORIES = {".venv", "node_modules", ".git", "static"}


def project_catalogues(root):
    """Every catalogue (django.po, and djangojs.po for the admin's JavaScript) under the project's own
    folders (not the virtualenv)."""
    for path in sorted(root.rglob("locale/*/LC_MESSAGES/django*.po")):
        if not SKIPPED_DIRECTORIES.intersection(path.relative_to(root).parts):
            yield path


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (.po to .mo) without GNU gettext."

    def handle(self, *args, **options):
        root = Path(settings.BASE_DIR)
        for po_path in project_catalogues(root):
            catalogue = polib.pofile(str(po_path))
            mo_path = po_path.with_suffix(".mo")
            # Always rewrite: modification times are unreliable after checkouts and copies.
            catalogue.save_as_mofile(str(mo_path))
            if po_path.parts[-3] != "en":  # English is the source language: its catalogues stay empty
                self.stdout.write(f"{po_path.relative_to(root)}: {catalogue.percent_translated()}% translated")
