"""Choice labels translated once per response rather than once per parcel.

`get_FOO_display()` resolves a lazy translation (and hashes it) on every call; a plan or export of
thousands of parcels spent most of its time there.
"""

from .models import LandUse, ParcelStatus


class ChoiceLabels:
    """The land-use and status labels in the active language, looked up by value."""

    def __init__(self):
        self.land_uses = {value: str(label) for value, label in LandUse.choices}
        self.statuses = {value: str(label) for value, label in ParcelStatus.choices}

    def land_use(self, parcel):
        return self.land_uses.get(parcel.land_use, parcel.land_use)

    def status(self, parcel):
        return self.statuses.get(parcel.status, parcel.status)
