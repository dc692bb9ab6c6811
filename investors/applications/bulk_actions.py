"""Bulk actions of the applications inbox (Wagtail's bulk-action framework): tick several files, then

- **Assign to an officer** (holders of `applications.assign_application`): one services.assign_officer
  call per file, so each assignment is checked, e-mailed and written on the file's staff timeline;
- **Export as spreadsheet** (staff who may view applications): the inbox's own spreadsheet export
  (Wagtail's, with the inbox's columns and core.csv_export's cell rules) limited to the ticked files.

Staff without the permission get 403, whichever way they reach the action.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.defaults import permission_denied

from wagtail import hooks
from wagtail.admin.views.bulk_action import BulkAction

from . import queues, services
from .models import ApplicationStatus, InvestmentApplication
from .workflow import ASSIGN, SCREEN, has_staff_permission, staff_holding

VIEW = "applications.view_investmentapplication"


class ApplicationBulkAction(BulkAction):
    """A bulk action on submitted files (never drafts), refused with 403 without `permission`."""

    models = [InvestmentApplication]
    permission = VIEW

    def dispatch(self, request, *args, **kwargs):
        if not has_staff_permission(request.user, self.permission):
            # A plain 403: Wagtail's admin would turn a raised PermissionDenied into a redirect home.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [value for value in object_ids if str(value).isdigit()]
        submitted = InvestmentApplication.objects.exclude(status=ApplicationStatus.DRAFT)
        return list(submitted.filter(pk__in=ids).select_related("assigned_officer").order_by("reference"))

    def get_all_objects_in_listing_query(self, parent_id):
        return InvestmentApplication.objects.exclude(status=ApplicationStatus.DRAFT).values_list("pk", flat=True)

    def check_perm(self, obj):
        return has_staff_permission(self.request.user, self.permission)


class AssignOfficerForm(forms.Form):
    officer = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=get_user_model().objects.none(),
        help_text=_("An investment officer; each file's timeline records the assignment and the officer is e-mailed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = staff_holding(SCREEN)


class AssignOfficerBulkAction(ApplicationBulkAction):
    display_name = _("Assign to an officer")
    action_type = "assign"
    aria_label = _("Assign the selected files to an officer")
    template_name = "applications/admin/bulk_assign.html"
    action_priority = 10
    permission = ASSIGN
    form_class = AssignOfficerForm

    def get_all_objects_in_listing_query(self, parent_id):
        """ "Select all in listing": the open files of the inbox view (all open files, or mine)."""
        files = InvestmentApplication.objects.filter(status__in=queues.OPEN_STATUSES)
        if self.request.GET.get("files") == "mine":
            files = files.filter(assigned_officer=self.request.user)
        return files.values_list("pk", flat=True)

    def check_perm(self, obj):
        """Closed files keep the officer who handled them: they are listed apart and left unchanged."""
        return super().check_perm(obj) and obj.status in queues.OPEN_STATUSES

    def get_execution_context(self):
        return {"actor": self.request.user, "officer": self.cleaned_form.cleaned_data["officer"]}

    @classmethod
    def execute_action(cls, objects, actor=None, officer=None, **kwargs):
        for application in objects:
            services.assign_officer(application.pk, actor, officer)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        officer = self.cleaned_form.cleaned_data["officer"]
        return ngettext(
            "%(count)d file assigned to %(officer)s.",
            "%(count)d files assigned to %(officer)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "officer": officer.get_full_name()}


class ExportBulkAction(ApplicationBulkAction):
    display_name = _("Export as spreadsheet")
    action_type = "export"
    aria_label = _("Export the selected files as a spreadsheet")
    action_priority = 20

    def get(self, request, *args, **kwargs):
        """To the inbox's spreadsheet export: the ticked files, or the whole listing as filtered when
        "select all in listing" was used."""
        ids = request.GET.getlist("id")
        if "all" in ids:
            skip = ("id", "next", "childOf", "export", "p")
            query = [(key, value) for key, values in request.GET.lists() if key not in skip for value in values]
        else:
            query = [("files", "all")] + ([("id", pk) for pk in ids if pk.isdigit()] or [("id", "0")])
        query.append(("export", "xlsx"))
        return redirect(reverse("applications_review:index") + "?" + urlencode(query))

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)


hooks.register("register_bulk_action", AssignOfficerBulkAction)
hooks.register("register_bulk_action", ExportBulkAction)
