"""Form widget helpers shared by the apps."""

LONG_SELECT_TEMPLATE = "core/widgets/select.html"


def render_options_inline(field):
    """Render `field`'s select with its options written in one loop (core/widgets/select.html), for long
    lists such as countries; the widget (and its lazily translated choices) is otherwise unchanged."""
    field.widget.template_name = LONG_SELECT_TEMPLATE
    return field
