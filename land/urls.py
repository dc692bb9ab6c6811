"""Open-data file routes. Wagtail's page routes need a trailing slash, so `parcels.geojson` and
`parcels.csv` under the land page are matched here and handed to the land page of the language."""

from django.http import Http404
from django.urls import re_path
from django.utils.translation import get_language

from .models import LandIndexPage, OfficeIndexPage
from .views.exports import parcels_csv, parcels_geojson
from .views.offices import units_csv, units_geojson

VIEWS = {"geojson": parcels_geojson, "csv": parcels_csv}


def open_data(request, slug, extension):
    """The export of the live land page whose slug is `slug` in the active language."""
    page = LandIndexPage.for_language(get_language())
    if page is None or page.slug != slug:
        raise Http404("No land page here")
    return VIEWS[extension](request, page)


UNIT_VIEWS = {"geojson": units_geojson, "csv": units_csv}


def unit_open_data(request, slug, extension):
    """The unit export of the live office page whose slug is `slug` in the active language."""
    page = OfficeIndexPage.for_language(get_language())
    if page is None or page.slug != slug:
        raise Http404("No office page here")
    return UNIT_VIEWS[extension](request, page)


urlpatterns = [
    re_path(r"^(?P<slug>[\w-]+)/parcels\.(?P<extension>geojson|csv)$", open_data, name="land_open_data"),
    re_path(r"^(?P<slug>[\w-]+)/units\.(?P<extension>geojson|csv)$", unit_open_data, name="land_unit_open_data"),
]
