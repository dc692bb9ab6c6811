"""Fast, deterministic settings for the test suite."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_AUTOREFRESH = True
_scratch = Path(tempfile.mkdtemp(prefix="dalat-test-"))
MEDIA_ROOT = _scratch / "media"
PRIVATE_MEDIA_ROOT = _scratch / "private"
CACHES["pages"]["LOCATION"] = str(_scratch / "page-cache")  # noqa: F405
ACCOUNT_RATE_LIMITS = False
DEMO_ACCOUNTS_ENABLED = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
RATELIMIT_ENABLE = False  # tests/security/test_rate_limits.py turns rate limits on
