"""The land section of the home page (`home_featured` slot): a few available parcels."""

from land.models import LandIndexPage, Parcel, ParcelStatus

from .common import decorate

FEATURED_COUNT = 3


def home_featured_context(request, page=None, **kwargs):
    """Featured available parcels first, then the largest available ones; None hides the section."""
    language = page.locale.language_code if page is not None else "vi"
    index = LandIndexPage.for_language(language)
    if index is None:
        return None
    available = Parcel.objects.public().filter(status=ParcelStatus.AVAILABLE)
    parcels = list(
        available.select_related("zone").order_by("-featured", "-area_m2", "code_prefix", "code_number")[
            :FEATURED_COUNT
        ]
    )
    if not parcels:
        return None
    decorate(parcels, index, request)
    return {
        "parcels": parcels,
        "available_count": available.count(),
        "list_url": index.get_url(request) + "?status=available",
    }
