"""The project sectors the incentive rules and the estimator know about.

Codes are stable identifiers stored in rules and policies; labels are translated for display.
"""

from django.utils.translation import gettext_lazy as _

SOFTWARE_PRODUCTION = "software_production"
SOFTWARE_SERVICES = "software_services"
DIGITAL_CONTENT = "digital_content"
DATA_CENTRE = "data_centre"
IT_TRAINING = "it_training"
HARDWARE_RND = "hardware_rnd"
OTHER = "other"

SECTOR_CHOICES = [
    (SOFTWARE_PRODUCTION, _("Software production")),
    (SOFTWARE_SERVICES, _("Software outsourcing and IT services")),
    (DIGITAL_CONTENT, _("Digital content")),
    (DATA_CENTRE, _("Data centre and cloud services")),
    (IT_TRAINING, _("IT training")),
    (HARDWARE_RND, _("Electronics and hardware research")),
    (OTHER, _("Other activity")),
]

SECTOR_CODES = frozenset(code for code, _label in SECTOR_CHOICES)


def sector_label(code):
    """The translated label of a sector code (the code itself when unknown)."""
    return dict(SECTOR_CHOICES).get(code, code)
