"""The parcel page's "Book a visit" and "Ask about this parcel" links (the `parcel_actions` slot), and the
office unit page's "Book a visit" link (the `unit_actions` slot), and the contact page's question form (the
`contact_enquiry` slot)."""

from django.urls import reverse
from django.utils.http import urlencode


def parcel_visit_links(request, parcel=None, **kwargs):
    if parcel is None or getattr(parcel, "is_retired", False):
        return None
    return {
        "visit_url": reverse("visits") + "?" + urlencode({"parcel": parcel.code}),
        "enquiry_url": reverse("parcel_enquiry", args=[parcel.code.lower()]),
    }


def contact_enquiry_form(request, next="", **kwargs):  # noqa: A002 - the usual name of the return address
    """The contact page's question form (the `contact_enquiry` slot); it posts to the visits app's view."""
    from .forms import ContactEnquiryForm

    return {"form": ContactEnquiryForm(), "action": reverse("contact_enquiry"), "next": next}


def unit_visit_link(request, unit=None, **kwargs):
    """The visits page with the unit ticked, whatever the unit's status (a leased unit can still be shown)."""
    if unit is None:
        return None
    return {
        "visit_url": reverse("visits") + "?" + urlencode({"unit": unit.code}),
        "enquiry_url": reverse("unit_enquiry", args=[unit.code.lower()]),
    }
