"""Form widget helpers shared by the apps."""

from wagtail.admin.panels import PageChooserPanel as WagtailPageChooserPanel

LONG_SELECT_TEMPLATE = "core/widgets/select.html"


def render_options_inline(field):
    """Render `field`'s select with its options written in one loop (core/widgets/select.html), for long
    lists such as countries; the widget (and its lazily translated choices) is otherwise unchanged."""
    field.widget.template_name = LONG_SELECT_TEMPLATE
    return field


def page_chooser(page_model):
    """Wagtail's page chooser for one page type (a model or "app_label.ModelName"), whose "Choose a page
    (Type)" text follows the reader's language. Wagtail joins that text into a plain string when the form
    class is first built, in whatever language was active then, and the form class is kept: the admin of a
    Vietnamese officer could stay English after an English-speaking colleague opened the form first."""
    from django.utils.functional import lazy
    from django.utils.text import capfirst
    from django.utils.translation import gettext

    from wagtail.admin.widgets import AdminPageChooser
    from wagtail.coreutils import resolve_model_string

    page_model = resolve_model_string(page_model)
    widget = AdminPageChooser(target_models=[page_model])
    widget.choose_one_text = lazy(
        lambda: f"{gettext('Choose a page')} ({capfirst(page_model._meta.verbose_name)})", str
    )()
    return widget


class PageChooserPanel(WagtailPageChooserPanel):
    """Wagtail's `PageChooserPanel`, its chooser for one page type from `page_chooser` so that its text
    follows the reader's language. Use this one in every panel list."""

    def get_form_options(self):
        options = super().get_form_options()
        types = [self.page_type] if isinstance(self.page_type, str | type) else list(self.page_type or [])
        if len(types) == 1 and not self.can_choose_root:
            options["widgets"][self.field_name] = page_chooser(types[0])
        return options
