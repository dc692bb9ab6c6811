"""Money formatting for the estimator, kept as `grouped` for its templates: core.formatting's one rule."""

from django import template

from core.formatting import format_number

register = template.Library()


@register.filter
def grouped(value, decimal_places=0):
    """`value` with `decimal_places` decimals (rounded half up) and thousands grouped in the active language."""
    return format_number(value, decimal_places)
