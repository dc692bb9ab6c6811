"""Paired Vietnamese/English fields on one record, read in the active language."""

from django.utils import translation


def active_language():
    """The active language code reduced to one of the site's two languages ("vi" or "en")."""
    return "en" if (translation.get_language() or "vi").startswith("en") else "vi"


class BilingualMixin:
    """Reads `<name>_vi` / `<name>_en` pairs in the active language, falling back to Vietnamese."""

    def translated(self, name, language=None):
        """The value of `<name>_<language>` (active language by default), else the Vietnamese value."""
        language = language or active_language()
        value = getattr(self, f"{name}_{language}", "")
        return value or getattr(self, f"{name}_vi", "")
