"""Land models: zones, parcels (with photos, drawings and a status log), office buildings and units,
the costs of occupancy, and the land and office index pages."""

from .costs import OccupancyCosts
from .holds import HoldEnd, ParcelHold
from .offices import DESK_KINDS, Building, FitOut, Unit, UnitKind, UnitPhoto, UnitStatus, UnitStatusChange
from .pages import LandIndexPage, OfficeIndexPage
from .parcels import LandUse, Parcel, ParcelDrawing, ParcelPhoto, ParcelStatus, ParcelStatusChange
from .settings import LandSettings
from .zones import Zone

__all__ = [
    "DESK_KINDS",
    "Building",
    "FitOut",
    "OccupancyCosts",
    "OfficeIndexPage",
    "Unit",
    "UnitKind",
    "UnitPhoto",
    "UnitStatus",
    "UnitStatusChange",
    "HoldEnd",
    "ParcelHold",
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
