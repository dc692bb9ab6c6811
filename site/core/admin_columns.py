"""Admin listing columns that write numbers as the public pages do (core.formatting)."""

from wagtail.admin.ui.tables import Column

from core.formatting import format_area, format_money, format_number

FORMATTERS = {
    "number": format_number,
    "price": lambda value: format_number(value, 2),
    "area": format_area,
    "money": format_money,
}


class FormattedColumn(Column):
    """A listing column written by `kind` ("number", "price", "area" or "money") in the admin's language."""

    def __init__(self, name, kind="number", **kwargs):
        super().__init__(name, **kwargs)
        self.formatter = FORMATTERS[kind]

    def get_value(self, instance):
        return self.formatter(super().get_value(instance))
