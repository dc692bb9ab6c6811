"""An inspect view that writes an empty value as a dash, never as Python's "None" (English on a
Vietnamese screen). Model viewsets use it as `inspect_view_class`."""

from wagtail.admin.views.generic import InspectView

EMPTY = "—"


class BlankAwareInspectView(InspectView):
    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return EMPTY if value is None or value == "" else value
