"""Money formatting for the estimator: grouped digits in the reader's convention (1,234.50 / 1.234,50)."""

from django import template
from django.utils.formats import get_format
from django.utils.numberformat import format as format_number

register = template.Library()


@register.filter
def grouped(value, decimal_places=0):
    """`value` with `decimal_places` decimals and thousands grouped by three, in the active language's separators."""
    if value in (None, ""):
        return ""
    return format_number(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=int(decimal_places),
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
