"""Settings of the live site the fault tests start: the test settings, with e-mail sent the way EMAIL_URL
says (SMTP in the fault tests), and media folders and page cache shared by the workers and commands."""

import os
from pathlib import Path

from config.settings.environment import email_settings
from config.settings.test import *  # noqa: F403

globals().update(email_settings(EMAIL_URL))  # noqa: F405 - test.py forces the in-memory backend
_media = Path(os.environ.get("FAULTS_MEDIA_ROOT", str(MEDIA_ROOT.parent)))  # noqa: F405
MEDIA_ROOT = _media / "media"
PRIVATE_MEDIA_ROOT = _media / "private"
# One page cache for the server's workers and the commands run beside it (a publish invalidates it).
CACHES["pages"]["LOCATION"] = str(_media / "page-cache")  # noqa: F405
