"""Paired Vietnamese/English fields on one record (`name_vi`, `name_en`), read in the active language.

Records that must never diverge between languages (zones, parcels, cohorts, sessions, targets) keep
both texts on one row; pages are translated with wagtail-localize instead (docs/architecture.md).
A model exposes each pair as a property:

    @property
    def name(self):
        return in_active_language(self, "name")
"""

from django.utils import translation

FALLBACK_LANGUAGE = "vi"


def active_language():
    """The active language reduced to one of the site's two: "en" for any English, otherwise "vi"."""
    return "en" if (translation.get_language() or FALLBACK_LANGUAGE).startswith("en") else FALLBACK_LANGUAGE


def in_language(obj, name, language):
    """`obj.<name>_<language>`, or the Vietnamese value when that one is empty or missing."""
    value = getattr(obj, f"{name}_{language}", "")
    return value or getattr(obj, f"{name}_{FALLBACK_LANGUAGE}", "")


def in_active_language(obj, name):
    """`obj.<name>_vi` or `obj.<name>_en` for the active language, falling back to Vietnamese."""
    return in_language(obj, name, active_language())
