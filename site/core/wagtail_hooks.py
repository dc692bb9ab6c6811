"""Admin hooks shared by every app (Wagtail discovers this module by name)."""

from core import admin_deletion  # noqa: F401 - refuses deletions that protected records forbid, saying why
