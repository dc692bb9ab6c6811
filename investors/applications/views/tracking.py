"""/<lang>/track/: look a file up by reference number and PIN without signing in, or ask for a new PIN."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from core.ratelimits import rate_limit

from .. import tracking
from ..forms import PinResendForm, TrackingForm


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("track_lookup", method="POST")
def track(request):
    """GET: the look-up form; POST: the file's public status, or one answer for every wrong pair."""
    form = TrackingForm(request.POST or None)
    status = None
    if request.method == "POST" and form.is_valid():
        application = tracking.find_tracked_application(form.cleaned_data["reference"], form.cleaned_data["pin"])
        if application is None:
            form.add_error(None, _("We found no file with this reference number and PIN. Check both and try again."))
        else:
            status = tracking.public_status(application)
    context = {"form": form, "status": status, "resend_form": PinResendForm()}
    return render(request, "applications/track.html", context)


@require_POST
@rate_limit("track_pin_resend", method="POST")
def resend_pin(request):
    """E-mail a new PIN to the applicant; the answer never says whether the reference exists."""
    form = PinResendForm(request.POST)
    if not form.is_valid():
        return render(request, "applications/track.html", {"form": TrackingForm(), "resend_form": form}, status=400)
    tracking.request_pin_resend(form.cleaned_data["reference"])
    messages.success(
        request,
        _(
            "If this reference number belongs to a submitted file, "
            "a new PIN is on its way to the applicant's e-mail address."
        ),
    )
    return redirect("track_application")
