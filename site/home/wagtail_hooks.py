"""Admin hooks of the site shell (Wagtail discovers this module by name)."""
