"""Personal data: download everything as JSON, and ask for erasure."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from home.ratelimits import rate_limit

from ..forms import DeletionRequestForm
from ..models import DeletionStatus
from ..personal_data import export_personal_data, request_deletion


@login_required
def export(request):
    """All the user's data about applications, as a JSON download."""
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@rate_limit("deletion_request", method="POST")
def deletion_request(request):
    """Ask staff to anonymise the account; shows the pending request if there is one."""
    pending = request.user.deletion_requests.filter(status=DeletionStatus.PENDING).first()
    form = DeletionRequestForm(request.POST or None)
    if request.method == "POST" and pending is None and form.is_valid():
        request_deletion(request.user, form.cleaned_data["reason"])
        messages.success(request, _("Your request has been sent. Staff will anonymise your data and tell you."))
        return redirect("account_dashboard")
    return render(request, "applications/deletion_request.html", {"form": form, "pending": pending})
