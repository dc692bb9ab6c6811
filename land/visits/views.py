"""/<lang>/visits/: upcoming visiting slots and booking; the booking page of the e-mail link (confirm,
cancel); /<lang>/visits/enquiry/<code>/ and /<lang>/visits/enquiry/office/<code>/: a question about a parcel
or an office unit for the land officers;
/<lang>/visits/enquiry/: a question for the one-stop desk (the contact page's form posts here)."""

from functools import partial

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.ratelimits import rate_limit
from land import services as land

from . import services
from .forms import BookingForm, ContactEnquiryForm, EnquiryForm
from .models import BookingStatus, VisitSettings, VisitSlot


def _slots():
    return list(VisitSlot.objects.upcoming().with_seats_taken().filter(date__gte=timezone.localdate())[:60])


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("visit_booking", method="POST")
def visits(request):
    """GET: upcoming slots (a chosen one with the booking form); POST: book the chosen slot."""
    now = timezone.now()
    slots = [slot for slot in _slots() if slot.starts_at > now]
    chosen = None
    slot_id = request.POST.get("slot") or request.GET.get("slot")
    if slot_id:
        chosen = next((slot for slot in slots if str(slot.pk) == str(slot_id)), None)
    user = request.user if request.user.is_authenticated else None
    parcels, units = services.parcel_choices(), services.unit_choices()
    hold_days = VisitSettings.load(request_or_site=request).hold_days
    holdable = land.parcel_choices(statuses=("available",))
    wanted = [code.upper() for code in request.GET.getlist("parcel")]
    wanted_units = [code.upper() for code in request.GET.getlist("unit")]
    form_kwargs = {"parcels": parcels, "units": units, "holdable": holdable, "user": user, "hold_days": hold_days}
    form = BookingForm(initial={"parcel_codes": wanted, "unit_codes": wanted_units}, **form_kwargs)
    if request.method == "POST":
        form = BookingForm(request.POST, **form_kwargs)
        if chosen is None:
            messages.error(request, _("This visit can no longer be booked. Choose another date."))
            return redirect("visits")
        if form.is_spam():
            return redirect("visits")  # a robot: no booking, no e-mail, no hint
        if form.is_valid():
            data = form.cleaned_data
            try:
                booking = services.book_visit(
                    chosen.pk, user=user, name=data.get("name", ""), email=data.get("email", ""),
                    organisation=data["organisation"], people=data["people"], parcel_codes=data["parcel_codes"],
                    unit_codes=data["unit_codes"],
                    other_items=data["other_items"], hold_parcel=data.get("hold_parcel", ""), language=get_language(),
                )  # fmt: skip
            except services.VisitError as error:
                form.add_error(None, str(error))
            else:
                if booking.status == BookingStatus.CONFIRMED:
                    messages.success(request, _("Your visit is booked. The confirmation is on its way by e-mail."))
                else:
                    messages.success(
                        request,
                        _("Almost done: open the link we sent to %(email)s within 24 hours to confirm your visit.")
                        % {"email": booking.email},
                    )
                return redirect("visit_booking", token=booking.token)
    parcel_query = urlencode([*(("parcel", code) for code in wanted), *(("unit", code) for code in wanted_units)])
    context = {"slots": slots, "chosen": chosen, "form": form, "parcel_query": parcel_query}
    return render(request, "visits/visits.html", context, status=400 if form.errors else 200)


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("visit_link", method="POST")
def booking(request, token):
    """The booking as its e-mail link shows it; POST action=confirm or action=cancel."""
    found = services.booking_for_token(token)
    if found is None:
        raise Http404("No booking with this link")
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "confirm":
                services.confirm_booking(token)
                messages.success(request, _("Your visit is confirmed. The confirmation is on its way by e-mail."))
            elif action == "cancel":
                services.cancel_booking(token)
                messages.success(request, _("Your visit is cancelled."))
        except services.VisitError as error:
            messages.error(request, str(error))
        return redirect("visit_booking", token=token)
    context = {
        "booking": found,
        "slot": found.slot,
        "holds": land.holds_of(services.hold_reference(found)),
        "can_cancel": found.status != BookingStatus.CANCELLED and found.slot.starts_at > timezone.now(),
    }
    return render(request, "visits/booking.html", context)


def _enquiry_page(request, send, back_url, context):
    """The enquiry form about one parcel or office unit: `send(name=…, email=…, …)` sends a valid question,
    then the visitor goes back to `back_url` (the item's page, or the visits page); spam is dropped
    silently; an invalid form is shown again with what was typed (status 400)."""
    form = EnquiryForm(request.POST or None)
    if request.method == "POST":
        if form.is_spam():
            return redirect(back_url or "visits")
        if form.is_valid():
            data = form.cleaned_data
            send(
                name=data["name"], email=data["email"], organisation=data["organisation"],
                message=data["message"], language=get_language(),
            )  # fmt: skip
            messages.success(
                request, _("Thank you. The land officer will reply to %(email)s.") % {"email": data["email"]}
            )
            return redirect(back_url or "visits")
    return render(request, "visits/enquiry.html", {"form": form, **context}, status=400 if form.errors else 200)


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("parcel_enquiry", method="POST")
def enquiry(request, code):
    """A question about one published parcel, sent to the land officers with the parcel attached."""
    terms = land.parcel_lease_terms(code)
    if terms is None:
        raise Http404("No such parcel")
    parcel_url = terms.detail_url(get_language())
    send = partial(services.send_enquiry, terms.code)
    return _enquiry_page(request, send, parcel_url, {"parcel": terms, "parcel_url": parcel_url})


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("parcel_enquiry", method="POST")
def unit_enquiry(request, code):
    """A question about one published office unit or desk space, sent to the land officers with the unit
    attached (the parcel enquiry's form, page and rate limit)."""
    unit = land.unit_cost(code)
    if unit is None:
        raise Http404("No such office unit")
    unit_url = land.unit_url(unit.code)
    send = partial(services.send_unit_enquiry, unit.code)
    return _enquiry_page(request, send, unit_url, {"unit": unit, "unit_url": unit_url})


def _safe_next(request):
    """Where to go back after the contact form: a path of this site, or this form's own page."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return ""


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("contact_enquiry", method="POST")
def contact_enquiry(request):
    """A question for the one-stop desk. The contact page shows this form (slot `contact_enquiry`); on an
    error the visitor gets it here, with what they typed and what to correct."""
    back = _safe_next(request)
    form = ContactEnquiryForm(request.POST or None)
    if request.method == "POST":
        if form.is_spam():
            return redirect(back or "contact_enquiry")  # a robot: no record, no e-mail, no hint
        if form.is_valid():
            data = form.cleaned_data
            services.send_contact_enquiry(
                name=data["name"], email=data["email"], organisation=data["organisation"], message=data["message"],
                language=get_language(),
            )  # fmt: skip
            messages.success(
                request, _("Thank you. The one-stop desk will reply to %(email)s.") % {"email": data["email"]}
            )
            return redirect(back or "contact_enquiry")
    context = {"form": form, "next": back}
    return render(request, "visits/contact_enquiry.html", context, status=400 if form.errors else 200)
