"""The signed-in user's dashboard, profile and personal-data export."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core import slots

from . import personal_data
from .forms import ProfileForm


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
