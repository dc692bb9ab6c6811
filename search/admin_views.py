"""The search-quality report in the admin (Reports → Search quality): last 30 days, CSV/XLSX export."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.permission_policies import ModelPermissionPolicy

from . import quality


def click_through(query):
    """Clicks on the first result per search that found something, as a percentage."""
    found = (query.searches or 0) - (query.empty_searches or 0)
    return round(100 * (query.first_result_clicks or 0) / found, 1) if found > 0 else 0.0


class SearchQualityReportView(ReportView):
    """Top queries, queries with no results and first-result click-through over the last 30 days.

    Open to staff who may manage promoted search results (they act on what it shows).
    """

    page_title = _("Search quality")
    header_icon = "search"
    index_url_name = "search_quality_report"
    index_results_url_name = "search_quality_report_results"
    permission_policy = ModelPermissionPolicy(SearchPromotion)
    any_permission_required = ["add", "change", "delete"]
    list_export = ["query_string", "searches", "empty_searches", "first_result_clicks", "click_through"]
    export_headings = {
        "query_string": _("Query"),
        "searches": _("Searches"),
        "empty_searches": _("Searches with no result"),
        "first_result_clicks": _("Clicks on the first result"),
        "click_through": _("First-result click-through (%)"),
    }
    columns = [
        Column("query_string", label=_("Query")),
        Column("searches", label=_("Searches")),
        Column("empty_searches", label=_("Searches with no result")),
        Column("first_result_clicks", label=_("Clicks on the first result")),
        Column("click_through", label=_("First-result click-through (%)"), accessor=click_through),
    ]

    def get_queryset(self):
        rows = quality.report_rows()
        if self.request.GET.get("no_results") == "1":
            rows = rows.filter(empty_searches__gt=0)
        return rows

    def to_row_dict(self, item):
        return {
            field: click_through(item) if field == "click_through" else getattr(item, field)
            for field in self.list_export
        }

    export_filename = "search-quality"
