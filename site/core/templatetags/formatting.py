"""`{% load formatting %}`: `|number`, `|money`, `|area` and `|day` in the active language (core/formatting.py)."""

from django import template

from core.formatting import format_area, format_date, format_money, format_number

register = template.Library()


@register.filter
def number(value, decimals=0):
    """`{{ seats|number }}` → "1.500" / "1,500"; `{{ ratio|number:"-2" }}` keeps up to two decimals."""
    return format_number(value, decimals)


@register.filter
def money(value, currency="USD"):
    """`{{ capital|money }}` → "4.500.000 USD"; `{{ fee|money:"₫" }}` → "4.500.000 ₫"."""
    return format_money(value, currency)


@register.filter
def area(value):
    """`{{ parcel.area_m2|area }}` → "6.573 m²" / "6,573 m²" (whole square metres, rounded half up)."""
    return format_area(value)


@register.filter
def day(value):
    """`{{ cohort.starts_on|day }}` → "29/11/2026" / "29 Nov 2026" (Django's DATE_FORMAT of the language)."""
    return format_date(value)
