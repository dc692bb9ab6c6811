"""The parcel page's "Book a visit" and "Ask about this parcel" links (the `parcel_actions` slot)."""

from django.urls import reverse
from django.utils.http import urlencode


def parcel_visit_links(request, parcel=None, **kwargs):
    if parcel is None or getattr(parcel, "is_retired", False):
        return None
    return {
        "visit_url": reverse("visits") + "?" + urlencode({"parcel": parcel.code}),
        "enquiry_url": reverse("parcel_enquiry", args=[parcel.code.lower()]),
    }
