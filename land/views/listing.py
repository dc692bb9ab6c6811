"""The parcel list: filters, sort, 24 per page, chips, and clear messages for bad query strings."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.models import CurrencySettings

from .common import decorate, filtered_parcels, query_string, refuse_excessive_filters, route_urls

PER_PAGE = 24


def resolve_page(paginator, raw):
    """The page to show for the raw `page` parameter, and a notice when it had to be corrected."""
    if raw in (None, ""):
        return paginator.page(1), None
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return paginator.page(1), _("“%(page)s” is not a page number; showing the first page.") % {"page": raw[:20]}
    if number < 1:
        return paginator.page(1), _("Pages start at 1; showing the first page.")
    if number > paginator.num_pages:
        notice = _("There are only %(count)s pages; showing the last one.") % {"count": paginator.num_pages}
        return paginator.page(paginator.num_pages), notice
    return paginator.page(number), None


def parcel_list(request, page):
    """The filtered, sorted, paginated parcel list of the land index `page`."""
    if (refusal := refuse_excessive_filters(request, page)) is not None:
        return refusal
    filterset, parcels = filtered_parcels(request)
    paginator = Paginator(parcels, PER_PAGE)
    page_obj, page_notice = resolve_page(paginator, request.GET.get("page"))
    notices = [*filterset.notices, *([page_notice] if page_notice else [])]
    context = {
        **page.get_context(request),
        "filterset": filterset,
        "form": filterset.form,
        "page_obj": page_obj,
        "parcels": decorate(list(page_obj.object_list), page, request),
        "result_count": paginator.count,
        "chips": filterset.chips(request.GET),
        "notices": notices,
        "currency": CurrencySettings.load(request_or_site=request),
        "filter_query": query_string(request, "page", "sort"),
        "export_query": query_string(request, "page"),
        "active_sort": filterset.active_sort(),
        "urls": route_urls(page, request),
    }
    return TemplateResponse(request, "land/land_index_page.html", context)
