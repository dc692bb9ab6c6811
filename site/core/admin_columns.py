"""Admin listing columns: plain text cells written without a template, and numbers written as the public
pages write them (core.formatting)."""

from django.utils.formats import localize
from django.utils.html import format_html

from wagtail.admin.ui.tables import Column

from core.formatting import format_area, format_money, format_number


class TextColumn(Column):
    """Wagtail's plain `Column`, its cell written in Python: the same `<td>` as the
    `wagtailadmin/tables/cell.html` template, without a template render per cell. A listing of 25 rows by 9
    columns renders 225 cells, and the templates were a third of the application inbox's time."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_cell_context_data(instance, parent_context)["value"]
        return format_html(
            "<td{}>{}</td>",
            format_html(' class="{}"', self.classname) if self.classname else "",
            "" if value is None else localize(value),
        )


FORMATTERS = {
    "number": format_number,
    "price": lambda value: format_number(value, 2),
    "area": format_area,
    "money": format_money,
}


class FormattedColumn(TextColumn):
    """A listing column written by `kind` ("number", "price", "area" or "money") in the admin's language."""

    def __init__(self, name, kind="number", **kwargs):
        super().__init__(name, **kwargs)
        self.formatter = FORMATTERS[kind]

    def get_value(self, instance):
        return self.formatter(super().get_value(instance))
