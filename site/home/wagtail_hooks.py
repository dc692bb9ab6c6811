"""Admin hooks of the site shell (Wagtail discovers this module by name)."""

from home import admin_deletion  # noqa: F401 - refuses deletions that protected records forbid, saying why
from home.transparency import wagtail_hooks as transparency_hooks  # noqa: F401 - registers the snippet and panel
