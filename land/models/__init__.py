"""Land models: zones, parcels (with photos, drawings and a status log) and the land index page."""

from .holds import HoldEnd, ParcelHold
from .pages import LandIndexPage
from .parcels import LandUse, Parcel, ParcelDrawing, ParcelPhoto, ParcelStatus, ParcelStatusChange
from .zones import Zone

__all__ = [
    "HoldEnd",
    "ParcelHold",
    "LandIndexPage",
    "LandUse",
    "Parcel",
    "ParcelDrawing",
    "ParcelPhoto",
    "ParcelStatus",
    "ParcelStatusChange",
    "Zone",
]
