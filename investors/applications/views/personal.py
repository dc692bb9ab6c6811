"""Personal data: the export (now served by the account app, for every app), and the erasure request."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts import personal_data as registry
from core.ratelimits import rate_limit

from ..forms import DeletionRequestForm
from ..personal_data import pending_request, request_deletion


@login_required
def export(request):
    """The old address of the export; everything about the person now comes from the account app."""
    return redirect("account_personal_data")


@login_required
@rate_limit("deletion_request", method="POST")
def deletion_request(request):
    """Ask staff to anonymise the account: says what is kept and for how long, and why it must wait."""
    pending = pending_request(request.user)
    form = DeletionRequestForm(request.POST or None)
    open_items = [] if pending else registry.open_items(request.user)
    if request.method == "POST" and pending is None and not open_items and form.is_valid():
        try:
            request_deletion(request.user, form.cleaned_data["reason"])
        except registry.ErasureRefused as refused:  # something opened between the page and the click
            open_items = refused.reasons
        else:
            messages.success(request, _("Your request has been sent. Staff will anonymise your data and tell you."))
            return redirect("account_dashboard")
    context = {
        "form": form,
        "pending": pending,
        "open_items": open_items,
        "last_decision": request.user.deletion_requests.exclude(status="pending").order_by("-decided_at").first(),
        "retention_years": registry.retention_years(),
    }
    return render(request, "applications/deletion_request.html", context)
