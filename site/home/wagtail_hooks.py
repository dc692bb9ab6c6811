"""Admin hooks of the site shell (Wagtail discovers this module by name)."""

from home.transparency import wagtail_hooks as transparency_hooks  # noqa: F401 - registers the snippet and panel
