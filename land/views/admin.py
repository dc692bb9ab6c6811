"""Admin views of parcels and office units: "Change status" (the only place staff change a status by hand)
and, for parcels, "Retire"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from land import services
from land.forms import ParcelRetirementForm, ParcelStatusForm, UnitStatusForm
from land.models import Parcel, Unit


def change_status_view(request, pk):
    """Show the parcel's status log and a form with the changes its status allows."""
    if not request.user.has_perm(services.STATUS_PERMISSION):
        raise PermissionDenied
    parcel = get_object_or_404(Parcel.objects.select_related("retired_by"), pk=pk)
    actions = [] if parcel.is_retired else services.available_actions(parcel)
    form = ParcelStatusForm(request.POST or None, actions=actions)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_status(parcel.code, form.cleaned_data["action"], actor=request.user, **_details(form))
        except services.LandServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Parcel %(code)s status changed.") % {"code": parcel.code})
            return redirect("land_parcel_status", pk=parcel.pk)
    parcel.refresh_from_db(fields=["status", "reserved_until"])
    log = parcel.status_changes.select_related("actor")[:50]
    context = {"parcel": parcel, "form": form, "log": log, "can_retire": _may_retire(request.user, parcel)}
    return TemplateResponse(request, "land/admin/change_status.html", context)


def retire_view(request, pk):
    """Ask why, then retire the parcel: it stays on record but is no longer offered anywhere."""
    if not request.user.has_perm(services.RETIRE_PERMISSION):
        raise PermissionDenied
    parcel = get_object_or_404(Parcel.objects.select_related("zone", "retired_by"), pk=pk)
    form = ParcelRetirementForm(request.POST or None)
    if request.method == "POST" and not parcel.is_retired and form.is_valid():
        try:
            services.retire(parcel.code, actor=request.user, reason=form.cleaned_data["reason"])
        except services.LandServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Parcel %(code)s retired.") % {"code": parcel.code})
            return redirect("wagtailsnippets_land_parcel:list")
    return TemplateResponse(request, "land/admin/retire.html", {"parcel": parcel, "form": form})


def _may_retire(user, parcel):
    return not parcel.is_retired and user.has_perm(services.RETIRE_PERMISSION)


def _details(form):
    return {
        "reason": form.cleaned_data["reason"],
        "reference": form.cleaned_data["reference"],
        "until": form.cleaned_data.get("until"),
    }


def change_unit_status_view(request, pk):
    """Show the office unit's status log and a form with the changes its status allows."""
    if not request.user.has_perm(services.UNIT_STATUS_PERMISSION):
        raise PermissionDenied
    unit = get_object_or_404(Unit.objects.select_related("building"), pk=pk)
    form = UnitStatusForm(request.POST or None, actions=services.unit_actions(unit))
    if request.method == "POST" and form.is_valid():
        try:
            services.change_unit_status(
                unit.code, form.cleaned_data["action"], actor=request.user, reason=form.cleaned_data["reason"],
                reference=form.cleaned_data["reference"],
            )  # fmt: skip
        except services.LandServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Office unit %(code)s status changed.") % {"code": unit.code})
            return redirect("land_unit_status", pk=unit.pk)
    unit.refresh_from_db(fields=["status"])
    log = unit.status_changes.select_related("actor")[:50]
    return TemplateResponse(request, "land/admin/change_unit_status.html", {"unit": unit, "form": form, "log": log})
