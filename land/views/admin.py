"""The admin "Change status" view: the only place staff change a parcel's status by hand."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from land import services
from land.forms import ParcelStatusForm
from land.models import Parcel


def change_status_view(request, pk):
    """Show the parcel's status log and a form with the changes its status allows."""
    if not request.user.has_perm(services.STATUS_PERMISSION):
        raise PermissionDenied
    parcel = get_object_or_404(Parcel, pk=pk)
    form = ParcelStatusForm(request.POST or None, actions=services.available_actions(parcel))
    if request.method == "POST" and form.is_valid():
        try:
            services.change_status(parcel.code, form.cleaned_data["action"], actor=request.user, **_details(form))
        except services.LandServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Parcel %(code)s status changed.") % {"code": parcel.code})
            return redirect("land_parcel_status", pk=parcel.pk)
    parcel.refresh_from_db(fields=["status"])
    log = parcel.status_changes.select_related("actor")[:50]
    return TemplateResponse(request, "land/admin/change_status.html", {"parcel": parcel, "form": form, "log": log})


def _details(form):
    return {"reason": form.cleaned_data["reason"], "reference": form.cleaned_data["reference"]}
