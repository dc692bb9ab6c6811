"""Local development: debug pages, console e-mail, demo accounts."""

from .base import *  # noqa: F403
from .environment import env_int

DEBUG = True
DEMO_ACCOUNTS_ENABLED = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
ACCOUNT_EMAIL_VERIFICATION = "optional"
# Template and code edits do not invalidate cached pages, so the page cache is off unless asked for.
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 0)
