"""The parcel page's "Book a visit" and "Ask about this parcel" links (the `parcel_actions` slot), and the
office unit page's "Book a visit" link (the `unit_actions` slot)."""

from django.urls import reverse
from django.utils.http import urlencode


def parcel_visit_links(request, parcel=None, **kwargs):
    if parcel is None or getattr(parcel, "is_retired", False):
        return None
    return {
        "visit_url": reverse("visits") + "?" + urlencode({"parcel": parcel.code}),
        "enquiry_url": reverse("parcel_enquiry", args=[parcel.code.lower()]),
    }


def unit_visit_link(request, unit=None, **kwargs):
    """The visits page with the unit ticked, whatever the unit's status (a leased unit can still be shown)."""
    if unit is None:
        return None
    return {"visit_url": reverse("visits") + "?" + urlencode({"unit": unit.code})}
