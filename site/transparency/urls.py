"""The CSV of the figures next to the transparency page (`/en/transparency/figures.csv`).

Wagtail's page routes need a trailing slash, so the file is matched here, before Wagtail's catch-all,
and served for the live transparency page of the active language whose slug is in the path.
"""

from django.http import Http404
from django.urls import re_path

from wagtail.models import Locale

from .models import TransparencyPage
from .views import figures_csv


def page_figures_csv(request, slug):
    page = TransparencyPage.objects.live().filter(locale=Locale.get_active(), slug=slug).first()
    if page is None:
        raise Http404("No transparency page here")
    return figures_csv(request, page)


urlpatterns = [re_path(r"^(?P<slug>[\w-]+)/figures\.csv$", page_figures_csv, name="transparency_figures_csv")]
