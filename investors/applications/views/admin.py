"""Staff views in the Wagtail admin: the review page of one application, and deletion-request approval."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views import View

from wagtail.admin.views.generic import InspectView

from accounts import personal_data as personal_data_registry

from .. import letters, services
from .. import review as panel
from ..forms import (
    AssignForm,
    AssignReviewersForm,
    RefuseDeletionForm,
    ReviewScoreForm,
    StaffMessageForm,
    StaffStepForm,
)
from ..models import DeletionRequest, DeletionStatus, InvestmentApplication
from ..personal_data import approve_deletion, may_review_deletions, refuse_deletion
from ..services import ApplicationError
from ..timeline import timeline
from ..workflow import is_reviewer, staff_transitions

DECISION_STEPS = ("approve", "reject")


def step_done_message(step):
    """What happened, in words (never just "moved to the next step")."""
    return {
        "start_screening": _("Screening has started; you are a reviewer of this file."),
        "request_information": _("The information request has been sent to the applicant."),
        "start_appraisal": _("Appraisal has started; the director has been told."),
        "approve": _("The application has been approved; the applicant has the decision letter."),
        "reject": _("The application has been rejected; the applicant has the decision letter."),
    }.get(step, _("The application has moved to the next step."))


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
            note_form=kwargs.get("note_form") or StaffStepForm(),
            message_form=kwargs.get("message_form") or StaffMessageForm(),
            assign_form=AssignForm(initial={"officer": application.assigned_officer_id}),
            **self.panel_context(application, kwargs),
        )
        return context

    def panel_context(self, application, kwargs):
        """The review panel: reviewers, the user's scoring form, every review and the weighted total."""
        user = self.request.user
        summary = panel.panel_summary(application)
        own_review = next((review for review in summary.reviews if review.reviewer_id == user.pk), None)
        may_score = application.status in panel.SCORABLE and any(r.pk == user.pk for r in summary.reviewers)
        context = {"panel": summary, "criteria": panel.active_criteria(), "score_form": None, "reviewers_form": None}
        if may_score:
            context["score_form"] = kwargs.get("score_form") or ReviewScoreForm(
                criteria=context["criteria"], review=own_review
            )
        if panel.may_assign_reviewers(user) and application.is_open:
            assigned = {reviewer.pk for reviewer in summary.reviewers}
            candidates = [c for c in panel.reviewer_candidates() if c.pk not in assigned]
            if candidates:
                context["reviewers_form"] = kwargs.get("reviewers_form") or AssignReviewersForm(candidates=candidates)
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        handler = {
            "transition": self.post_transition,
            "message": self.post_message,
            "assign": self.post_assign,
            "assign_reviewers": self.post_assign_reviewers,
            "review": self.post_review,
        }
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
        form = StaffStepForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, " ".join(error for errors in form.errors.values() for error in errors))
            return TemplateResponse(self.request, self.template_name, self.get_context_data(note_form=form))
        step = self.request.POST.get("step", "")
        note, internal = form.cleaned_data["note"], form.internal
        if step in DECISION_STEPS and self.request.POST.get("confirmed") != "1":
            return self.confirm_decision(step, form)
        done = self._run(
            lambda: services.take_step(step, self.object.pk, self.request.user, note, internal=internal),
            step_done_message(step),
        )
        if not done:  # show the refusal with the note still in the box
            return TemplateResponse(self.request, self.template_name, self.get_context_data(note_form=form))
        return redirect(self.request.path)

    def confirm_decision(self, step, form):
        """Before an approval or rejection: the letter exactly as it will be sent, and every review."""
        try:
            application = services.check_step(step, self.object.pk, self.request.user)
        except (ApplicationError, PermissionDenied) as error:
            messages.error(self.request, str(error))
            return TemplateResponse(self.request, self.template_name, self.get_context_data(note_form=form))
        outcome = services.TRANSITIONS[step].target
        reasons = "" if form.internal else form.cleaned_data["note"]
        language = letters.applicant_language(application)
        context = {
            "application": application,
            "step": step,
            "transition": services.TRANSITIONS[step],
            "form": form,
            "preview": mark_safe(  # noqa: S308 - our template, every value escaped
                letters.render_letter_body(application, outcome, reasons, timezone.now(), self.request.user, language)
            ),
            "language_name": get_language_info(language)["name_local"],
            "panel": panel.panel_summary(application),
            "criteria": panel.active_criteria(),
            "back_url": self.request.path,
        }
        return TemplateResponse(self.request, "applications/admin/confirm_decision.html", context)

    def post_message(self):
        form = StaffMessageForm(self.request.POST, self.request.FILES)
        if not form.is_valid():
            return TemplateResponse(self.request, self.template_name, self.get_context_data(message_form=form))
        data = form.cleaned_data
        uploads = [data["attachment"]] if data.get("attachment") else []
        self._run(
            lambda: services.post_message(self.object.pk, self.request.user, data["body"], form.internal, uploads),
            _("The note has been saved.") if form.internal else _("The message has been sent."),
        )
        return redirect(self.request.path)

    def post_assign_reviewers(self):
        candidates = [c for c in panel.reviewer_candidates() if not panel.is_assigned_reviewer(self.object, c)]
        form = AssignReviewersForm(self.request.POST, candidates=candidates)
        if not form.is_valid():
            messages.error(self.request, " ".join(form.errors.get("reviewers", [])))
            return TemplateResponse(self.request, self.template_name, self.get_context_data(reviewers_form=form))
        self._run(
            lambda: panel.assign_reviewers(self.object.pk, self.request.user, form.chosen()),
            _("The reviewers have been assigned; each one is told by e-mail."),
        )
        return redirect(self.request.path)

    def post_review(self):
        form = ReviewScoreForm(self.request.POST, criteria=panel.active_criteria())
        if not form.is_valid():
            messages.error(self.request, _("The review was not saved: check the marked fields."))
            return TemplateResponse(self.request, self.template_name, self.get_context_data(score_form=form))
        data = form.cleaned_data
        done = self._run(
            lambda: panel.submit_review(
                self.object.pk, self.request.user, form.scores(), data["recommendation"], data["comment"]
            ),
            _("Your review has been saved."),
        )
        if not done:
            return TemplateResponse(self.request, self.template_name, self.get_context_data(score_form=form))
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
