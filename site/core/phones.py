"""Phone numbers: typed the usual way, validated and stored in E.164 (django-phonenumber-field).

A number without a country code is read as Vietnamese (settings.PHONENUMBER_DEFAULT_REGION), so
"0263 382 1234" and "+84 263 382 1234" are the same number, stored as "+842633821234". Every form
that takes a phone number uses `phone_form_field()`, so the error is the same translated sentence
everywhere (the library ships no Vietnamese).
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

import phonenumbers
from phonenumber_field.formfields import PhoneNumberField
from phonenumber_field.phonenumber import PhoneNumber, to_python
from phonenumber_field.widgets import RegionalPhoneNumberWidget

INVALID_PHONE = _(
    "Enter a valid phone number: a Vietnamese number as usual (0263 382 1234) or another country's "
    "with its code (+65 6123 4567)."
)
PHONE_HELP = _("Vietnamese numbers as usual; other countries with their code (+65 …).")


class PhoneInput(RegionalPhoneNumberWidget):
    """A `tel` input showing a valid Vietnamese number in national form (0263 3821 234), a foreign one
    in E.164, and anything that is not a valid number exactly as it was typed, so it can be corrected."""

    def format_value(self, value):
        number = value if isinstance(value, PhoneNumber) else to_python(value) if isinstance(value, str) else None
        if isinstance(number, PhoneNumber) and not number.is_valid():
            return str(value)
        return super().format_value(value)


def phone_form_field(**kwargs):
    """A form field for a phone number, with the platform's translated error and the `tel` keyboard."""
    kwargs.setdefault("error_messages", {"invalid": INVALID_PHONE})
    kwargs.setdefault("help_text", PHONE_HELP)
    kwargs.setdefault("widget", PhoneInput(attrs={"autocomplete": "tel"}))
    return PhoneNumberField(**kwargs)


def to_e164(text, region=None):
    """The E.164 form of a phone number typed as free text, or None if it cannot be read as one.

    Used by the data migrations that converted the old free-text fields: a number of a possible length
    for its country is converted even if its range is not (yet) allocated, so nothing is lost; text that
    is no phone number at all returns None and the caller keeps it as it was.
    """
    text = str(text or "").strip()
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region or getattr(settings, "PHONENUMBER_DEFAULT_REGION", "VN"))
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
