"""One way to write a number, an amount of money, an area and a date in each language (docs/style-vi.md).

Vietnamese: "4.500.000", "4.500.000 USD", "6.573 m²", "29/11/2026"; English: "4,500,000", "4,500,000 USD",
"6,573 m²", "29 Nov 2026". Separators and date patterns come from Django's locale formats
(`config/formats/<language>/formats.py`); these helpers add grouping (which Django leaves off by default so
that years, codes and numbers inside attributes stay plain) and one rounding rule: half up, so a parcel
of 6,572.5 m² reads 6,573 m² in the list, on its page and in the plan alike.

Templates use them through `{% load formatting %}` (`|number`, `|money`, `|area`); Python code (e-mails,
PDFs, admin columns, plan labels) calls the functions directly.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import formats


def _decimal(value):
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return None


def format_number(value, decimals=0):
    """`value` grouped by the active language, rounded half up to `decimals` places ("" for no value).

    `decimals` may be negative, as floatformat's "-2": at most that many places, none for a whole number.
    """
    number = _decimal(value)
    if number is None:
        return ""
    places = abs(int(decimals))
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if int(decimals) < 0:
        rounded = rounded.quantize(Decimal(1)) if rounded == rounded.to_integral() else rounded.normalize()
        places = max(0, -rounded.as_tuple().exponent)
    return formats.number_format(rounded, decimal_pos=places, use_l10n=True, force_grouping=True)


def format_money(value, currency="USD", decimals=0):
    """An amount followed by its currency code: "4.500.000 USD" / "4,500,000 USD" ("" for no value)."""
    number = format_number(value, decimals)
    return f"{number} {currency}".strip() if number else ""


def format_area(value):
    """An area in whole square metres: "6.573 m²" / "6,573 m²" ("" for no value)."""
    number = format_number(value, 0)
    return f"{number} m²" if number else ""


def format_date(value, short=False):
    """A date by the active language: "29/11/2026" / "29 Nov 2026" ("" for no value)."""
    if not value:
        return ""
    return formats.date_format(value, "SHORT_DATE_FORMAT" if short else "DATE_FORMAT", use_l10n=True)
