"""What the land views share: the filtered queryset, prices in đồng, and parcel links."""

from django.template.response import TemplateResponse

from home.models import CurrencySettings
from land.filters import ParcelFilterSet, excessive_filters
from land.models import Parcel


def filtered_parcels(request):
    """The bound filter set for the request and its filtered, sorted queryset of published parcels."""
    queryset = Parcel.objects.public().select_related("zone").in_code_order()
    filterset = ParcelFilterSet(request.GET, queryset=queryset)
    return filterset, filterset.qs


def refuse(request, page, message):
    """A 400 page in the visitor's language explaining what to change, with a way back to the list."""
    context = {**page.get_context(request), "message": message, "list_url": page.get_url(request)}
    return TemplateResponse(request, "land/bad_request.html", context, status=400)


def refuse_excessive_filters(request, page):
    """The 400 page when the filters repeat more values than can be ticked, otherwise None."""
    message = excessive_filters(request.GET)
    return None if message is None else refuse(request, page, message)


def decorate(parcels, page, request):
    """Attach `url` and `lease_price_vnd` to each parcel, with one page URL and one rate lookup."""
    parcel_url = page.parcel_url_maker(page.get_url(request))
    currency = CurrencySettings.load(request_or_site=request)
    for parcel in parcels:
        parcel.url = parcel_url(parcel.code)
        parcel.lease_price_vnd = currency.to_vnd(parcel.lease_price_usd)
    return parcels


def query_string(request, *drop):
    """The current query string without `drop` keys (e.g. "page"), ready to append after "?"."""
    query = request.GET.copy()
    for key in drop:
        query.pop(key, None)
    return query.urlencode()


def route_urls(page, request):
    """The paths of the land page's routes: list, plan, compare, geojson, csv."""
    base_url = page.get_url(request)
    names = {"list": "parcel_list", "plan": "site_plan", "compare": "compare"}
    urls = {key: base_url + page.reverse_subpage(name) for key, name in names.items()}
    return {**urls, "geojson": page.export_url("geojson", base_url), "csv": page.export_url("csv", base_url)}
