"""The land and office index pages: one each per language under the home page, serving the parcel and unit
lists and their routes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import BodyBlock

from .offices import Unit
from .parcels import Parcel


class CatalogueIndexMixin:
    """What the land and office index pages share: one page per language, found by language, and item
    URLs reversed once for a whole list (`route_url_maker`)."""

    ROUTE_PLACEHOLDER = "zz-0"

    @classmethod
    def can_create_at(cls, parent):
        """At most one such page per language."""
        exists = cls.objects.filter(locale_id=parent.locale_id).exists()
        return super().can_create_at(parent) and not exists

    @classmethod
    def for_language(cls, language):
        """The published page in `language`, or None."""
        return cls.objects.live().filter(locale__language_code=language).first()

    def route_url_maker(self, route, base_url=None):
        """A function code -> path of the `route` subpage that reverses the route once (lists and exports
        link thousands of items)."""
        path = (base_url or self.url) + self.reverse_subpage(route, kwargs={"code": self.ROUTE_PLACEHOLDER})
        head, tail = path.rsplit(self.ROUTE_PLACEHOLDER, 1)
        return lambda code: f"{head}{str(code).lower()}{tail}"


class LandIndexPage(CatalogueIndexMixin, RoutablePageMixin, Page):
    """The land catalogue: parcel list with filters, site plan, comparison, detail pages and open data."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the parcel list."))
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Shown below the list: lease process, contacts.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("land index page")

    def export_url(self, extension, base_url):
        """The open-data file `parcels.<extension>` (geojson or csv) next to this page."""
        return f"{base_url}parcels.{extension}"

    def parcel_url(self, code, base_url=None):
        """The path of the parcel page with `code` under this page (`/en/land/a-12/`)."""
        base_url = base_url or self.url
        return base_url + self.reverse_subpage("parcel_detail", kwargs={"code": str(code).lower()})

    def parcel_url_maker(self, base_url=None):
        """A function code -> parcel path that reverses the route once (lists and exports link thousands)."""
        return self.route_url_maker("parcel_detail", base_url)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base_url = self.get_full_url(request)
        parcels = Parcel.objects.public().in_code_order().only("code", "last_published_at")
        parcel_url = self.parcel_url_maker(base_url)
        urls += [{"location": parcel_url(parcel.code), "lastmod": parcel.last_published_at} for parcel in parcels]
        return urls

    @path("", name="parcel_list")
    def parcel_list(self, request):
        from land.views.listing import parcel_list

        return parcel_list(request, self)

    @path("plan/", name="site_plan")
    def site_plan(self, request):
        from land.views.plan import site_plan

        return site_plan(request, self)

    @path("compare/", name="compare")
    def compare(self, request):
        from land.views.compare import compare_parcels

        return compare_parcels(request, self)

    @re_path(r"^(?P<code>[A-Za-z]{1,2}-[0-9]{1,4})/$", name="parcel_detail")
    def parcel_detail(self, request, code):
        from land.views.detail import parcel_detail

        return parcel_detail(request, self, code)


class OfficeIndexPage(CatalogueIndexMixin, RoutablePageMixin, Page):
    """Office space: the list of office units and desks with filters, unit pages and open data."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the unit list."))
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Shown below the list: how to lease, contacts.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("office index page")

    def export_url(self, extension, base_url):
        """The open-data file `units.<extension>` (geojson or csv) next to this page."""
        return f"{base_url}units.{extension}"

    def unit_url(self, code, base_url=None):
        """The path of the unit page with `code` under this page (`/en/offices/t1-301/`)."""
        return self.unit_url_maker(base_url)(code)

    def unit_url_maker(self, base_url=None):
        """A function code -> unit path that reverses the route once."""
        return self.route_url_maker("unit_detail", base_url)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        unit_url = self.unit_url_maker(self.get_full_url(request))
        units = Unit.objects.public().in_code_order().only("code", "last_published_at")
        urls += [{"location": unit_url(unit.code), "lastmod": unit.last_published_at} for unit in units]
        return urls

    @path("", name="unit_list")
    def unit_list(self, request):
        from land.views.offices import unit_list

        return unit_list(request, self)

    @re_path(r"^(?P<code>[A-Za-z][A-Za-z0-9]{0,3}-[0-9]{1,5}[A-Za-z]?)/$", name="unit_detail")
    def unit_detail(self, request, code):
        from land.views.offices import unit_detail

        return unit_detail(request, self, code)
