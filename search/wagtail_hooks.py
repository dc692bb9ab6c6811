"""Admin hooks of the search app: the search-quality report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SearchQualityReportView


@hooks.register("register_admin_urls")
def register_search_quality_urls():
    view = SearchQualityReportView
    return [
        path("reports/search-quality/", view.as_view(), name="search_quality_report"),
        path("reports/search-quality/results/", view.as_view(results_only=True), name="search_quality_report_results"),
    ]


class SearchQualityMenuItem(MenuItem):
    def is_shown(self, request):
        return SearchQualityReportView.permission_policy.user_has_any_permission(
            request.user, SearchQualityReportView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_search_quality_menu_item():
    return SearchQualityMenuItem(
        _("Search quality"), reverse("search_quality_report"), name="search-quality", icon_name="search", order=950
    )
