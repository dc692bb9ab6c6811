"""Land models: zones, parcels (with photos, drawings and a status log) and the land index page."""

from .pages import LandIndexPage
from .parcels import LandUse, Parcel, ParcelDrawing, ParcelPhoto, ParcelStatus, ParcelStatusChange
from .settings import LandSettings
from .zones import Zone

__all__ = [
    "LandIndexPage",
    "LandSettings",
    "LandUse",
    "Parcel",
    "ParcelDrawing",
    "ParcelPhoto",
    "ParcelStatus",
    "ParcelStatusChange",
    "Zone",
]
