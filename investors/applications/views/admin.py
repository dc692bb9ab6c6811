"""Staff views in the Wagtail admin: the review page of one application, and deletion-request approval."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View

from wagtail.admin.views.generic import InspectView

from accounts import personal_data as personal_data_registry

from .. import services
from ..forms import AssignForm, NoteForm, RefuseDeletionForm, StaffMessageForm
from ..models import DeletionRequest, DeletionStatus, InvestmentApplication
from ..personal_data import approve_deletion, may_review_deletions, refuse_deletion
from ..services import ApplicationError
from ..timeline import timeline
from ..workflow import is_reviewer, staff_transitions


class ReviewView(InspectView):
    """Everything about one file, with the transition buttons the user's group allows."""

    template_name = "applications/admin/review.html"

    def dispatch(self, request, *args, **kwargs):
        if not is_reviewer(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        queryset = InvestmentApplication.objects.select_related("applicant", "assigned_officer").exclude(status="draft")
        return get_object_or_404(queryset, pk=self.pk)

    def get_page_subtitle(self):
        return self.object.reference

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.update(
            application=application,
            clock=application.clock(),
            transitions=staff_transitions(self.request.user, application),
            timeline=timeline(application, include_internal=True),
            thread=application.messages.select_related("author").prefetch_related("attachments"),
            document_versions=services.document_versions(application),
            missing_documents=services.missing_documents(application),
            note_form=kwargs.get("note_form") or NoteForm(),
            message_form=kwargs.get("message_form") or StaffMessageForm(),
            assign_form=AssignForm(initial={"officer": application.assigned_officer_id}),
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        handler = {"transition": self.post_transition, "message": self.post_message, "assign": self.post_assign}
        if action not in handler:
            messages.error(request, _("Unknown action."))
            return redirect(request.path)
        return handler[action]()

    def _run(self, operation, success):
        try:
            operation()
        except (ApplicationError, PermissionDenied) as error:
            messages.error(self.request, str(error))
            return False
        messages.success(self.request, success)
        return True

    def post_transition(self):
        form = NoteForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("Write a note explaining this step."))
            return TemplateResponse(self.request, self.template_name, self.get_context_data(note_form=form))
        step = self.request.POST.get("step", "")
        done = self._run(
            lambda: services.take_step(step, self.object.pk, self.request.user, form.cleaned_data["note"]),
            _("The application has moved to the next step."),
        )
        if not done:  # show the refusal with the note still in the box
            return TemplateResponse(self.request, self.template_name, self.get_context_data(note_form=form))
        return redirect(self.request.path)

    def post_message(self):
        form = StaffMessageForm(self.request.POST, self.request.FILES)
        if not form.is_valid():
            return TemplateResponse(self.request, self.template_name, self.get_context_data(message_form=form))
        data = form.cleaned_data
        uploads = [data["attachment"]] if data.get("attachment") else []
        self._run(
            lambda: services.post_message(self.object.pk, self.request.user, data["body"], data["internal"], uploads),
            _("The note has been saved.") if data["internal"] else _("The message has been sent."),
        )
        return redirect(self.request.path)

    def post_assign(self):
        form = AssignForm(self.request.POST)
        if form.is_valid():
            officer = form.cleaned_data["officer"]
            self._run(
                lambda: services.assign_officer(self.object.pk, self.request.user, officer),
                _("The assignment has been saved."),
            )
        else:
            messages.error(self.request, _("Choose an investment officer."))
        return redirect(self.request.path)


class DeletionReviewMixin:
    """Every deletion-request screen: only holders of `review_deletion_request` (403 for other staff)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_review_deletions(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_deletion(self, pk):
        return get_object_or_404(DeletionRequest.objects.select_related("user", "decided_by"), pk=pk)


class ApproveDeletionView(DeletionReviewMixin, View):
    """GET shows the request and what blocks it; POST anonymises the person in every app."""

    template_name = "applications/admin/confirm_deletion.html"

    def get(self, request, pk):
        deletion = self.get_deletion(pk)
        return self.render(deletion)

    def render(self, deletion, refuse_form=None):
        pending = deletion.status == DeletionStatus.PENDING
        context = {
            "deletion": deletion,
            "open_items": personal_data_registry.open_items(deletion.user) if pending else [],
            "refuse_form": refuse_form or RefuseDeletionForm(),
            "retention_years": personal_data_registry.retention_years(),
        }
        return TemplateResponse(self.request, self.template_name, context)

    def post(self, request, pk):
        deletion = self.get_deletion(pk)
        try:
            deletion = approve_deletion(deletion.pk, request.user)
        except personal_data_registry.ErasureRefused as refused:
            messages.error(
                request,
                _("Nothing was erased: %(reasons)s") % {"reasons": " ".join(refused.reasons)},
            )
            return redirect("applications_deletion:approve", pk=deletion.pk)
        if deletion.status == DeletionStatus.DONE:
            messages.success(request, _("The person's data has been anonymised."))
        else:  # refused earlier by someone else: nothing was erased
            messages.error(
                request, _("This request was already decided: %(status)s.") % {"status": deletion.get_status_display()}
            )
        return redirect("applications_deletion:index")


class RefuseDeletionView(ApproveDeletionView):
    """POST: refuse the request with a note the person reads; a missing note keeps what was typed."""

    def get(self, request, pk):
        return redirect("applications_deletion:approve", pk=pk)

    def post(self, request, pk):
        deletion = self.get_deletion(pk)
        form = RefuseDeletionForm(request.POST)
        if not form.is_valid():
            return self.render(deletion, refuse_form=form)
        try:
            refuse_deletion(deletion.pk, request.user, form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error("note", error)
            return self.render(deletion, refuse_form=form)
        messages.success(request, _("The request has been refused; the person sees your answer."))
        return redirect("applications_deletion:index")
