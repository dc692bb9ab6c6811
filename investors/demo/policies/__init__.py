"""Demo incentive policies modelled on Vietnamese law, in Vietnamese and English.

Demonstration content for staff to verify: summaries for orientation, never legal advice.
"""

from .general import GENERAL_POLICIES
from .land_import import LAND_IMPORT_POLICIES
from .law_2025 import LAW_2025_POLICIES
from .tax import TAX_POLICIES

POLICIES = [*TAX_POLICIES, *LAND_IMPORT_POLICIES, *GENERAL_POLICIES, *LAW_2025_POLICIES]
