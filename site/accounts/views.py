"""The signed-in user's dashboard, profile and personal-data export, and the redirect from Wagtail's
sign-in pages."""

import json

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core import slots

from . import personal_data
from .forms import PrivacyConsentForm, ProfileForm


@login_required
def dashboard(request):
    """Everything the user has with the park; each app fills the "account_dashboard" slot."""
    return render(request, "account/dashboard.html", {"has_sections": bool(slots.providers("account_dashboard"))})


@login_required
def profile(request):
    """Edit name, phone, organisation and preferred language."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("account_dashboard")
    return render(request, "account/profile.html", {"form": form})


@login_required
def export_personal_data(request):
    """Everything the platform holds about the user, from every app, as a JSON download."""
    data = personal_data.export(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def sign_in_through_allauth(request):
    """Wagtail's own sign-in pages (/admin/login/, /<lang>/_util/login/) lead to the site's one sign-in.

    That one (allauth's) checks e-mail verification, rate limits, lockout and two-factor; these pages
    would check none of them, so they only redirect, keeping `next`, and refuse a posted password.
    """
    admin = reverse("wagtailadmin_home")
    default = admin if request.path.startswith(admin) else f"/{get_language()}/"
    target = request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = default
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")


@login_required
def privacy_consent(request):
    """Accept the current privacy notice, then go on to where the person was going (`next`)."""
    from . import consent

    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("account_dashboard")
    form = PrivacyConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consent.record_consent(request.user)
        messages.success(request, _("Thank you: you have accepted the current privacy notice."))
        return redirect(target)
    context = {
        "form": form,
        "next": target,
        "version": consent.current_notice_version(),
        "privacy_page": consent.privacy_page(),
        "already_accepted": consent.has_accepted_current_notice(request.user),
    }
    return render(request, "account/privacy_consent.html", context)
