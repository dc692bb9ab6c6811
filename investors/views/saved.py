"""Saving an estimate to the investor's account (POST from the estimate page)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.models import CurrencySettings
from investors.estimates import parcel_choices, unit_choices
from investors.forms import EstimatorForm
from investors.services import save_estimate

MAX_TITLE = 200


@require_POST
def save_estimate_view(request, index_page):
    """Save the posted estimator profile; invalid input goes back to the estimate with its errors shown."""
    estimate_url = index_page.url + index_page.reverse_subpage("estimate")
    if not request.user.is_authenticated:
        return redirect_to_login(estimate_url)
    rate = CurrencySettings.load(request_or_site=request)
    form = EstimatorForm(
        request.POST, parcel_choices=parcel_choices(), unit_choices=unit_choices(), usd_to_vnd=rate.usd_to_vnd
    )
    if not form.is_valid():
        messages.error(request, _("The estimate could not be saved: please check the figures and estimate again."))
        return redirect(estimate_url)
    title = (request.POST.get("title") or "").strip()[:MAX_TITLE] or _("My estimate")
    save_estimate(request.user, form.cleaned_data, title, request)
    messages.success(request, _("The estimate is saved in your account. You can start an application from it."))
    return redirect("account_dashboard")
