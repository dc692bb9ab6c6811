"""Admin for transparency: the Target snippet and the staff dashboard panel of measured figures."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Target
from .services import current_figures


class TargetViewSet(SnippetViewSet):
    """Targets: what was promised, by when, from which document, and the metric that measures it."""

    model = Target
    icon = "date"
    menu_label = _("Targets")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name_vi", "name_en", "metric_key", "target_value", "unit", "deadline"]
    list_filter = ["metric_key", "unit"]
    search_fields = ["name_vi", "name_en"]


register_snippet(TargetViewSet)


def admin_url(url_name, query=""):
    """The URL of an admin list, or None when that app's admin is not installed."""
    try:
        url = reverse(url_name)
    except NoReverseMatch:
        return None
    return f"{url}?{query}" if query else url


class TransparencyPanel(Component):
    """Dashboard panel: every target and metric with its measured value and links to the filtered lists."""

    name = "transparency"
    order = 150
    template_name = "transparency/admin_panel.html"

    def __init__(self, figures):
        self.figures = figures

    def get_context_data(self, parent_context):
        metrics = []
        for metric in self.figures.metrics:
            links = [(label, admin_url(url_name, query)) for label, url_name, query in metric.admin_links]
            metrics.append((metric, [(label, url) for label, url in links if url]))
        return {"figures": self.figures, "metrics": metrics}


@hooks.register("construct_homepage_panels")
def add_transparency_panel(request, panels):
    if request.user.is_staff or request.user.is_superuser:
        panels.append(TransparencyPanel(current_figures()))
