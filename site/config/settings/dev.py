"""Local development: debug pages, console e-mail, demo accounts."""

from .base import *  # noqa: F403

DEBUG = True
DEMO_ACCOUNTS_ENABLED = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
ACCOUNT_EMAIL_VERIFICATION = "optional"
