"""Staff views in the Wagtail admin: cohort overview, attendance sheet, assessment, certificates, revocation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from training import services
from training.forms import CancellationForm, RevocationForm
from training.models import Certificate, Cohort, Registration, RegistrationStatus, Session


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


class CohortOverviewView(InspectView):
    """The cohort's "inspect" page: counts, sessions with attendance links, assessment and certificates."""

    template_name = "training/admin/cohort_overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort = self.object
        counts = Cohort.objects.filter(pk=cohort.pk).with_counts().values("confirmed_count", "waitlisted_count")[0]
        context.update(
            cohort=cohort,
            programme=cohort.programme_page(),
            counts=counts,
            sessions=cohort.sessions.all(),
            completers=cohort.registrations.filter(status=RegistrationStatus.COMPLETED).count(),
            certificates=Certificate.objects.filter(registration__cohort=cohort).count(),
            roster_url=reverse("training_registration:index") + f"?cohort={cohort.pk}",
            can_manage=self.request.user.has_perm("training.change_cohort"),
            sessions_locked=cohort.is_assessed(),
        )
        return context


class AttendanceSheetView(WagtailAdminTemplateMixin, TemplateView):
    """Mark the whole roster of one session at once (checked = present)."""

    template_name = "training/admin/attendance_sheet.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        _require(request, "training.change_cohort")
        self.session = get_object_or_404(Session.objects.select_related("cohort"), pk=kwargs["session_pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Attendance: %(session)s") % {"session": self.session}

    def get_page_subtitle(self):
        return self.session.topic

    def get_breadcrumbs_items(self):
        """Home › Cohorts › the cohort's overview › this session (not the admin home alone)."""
        cohort = self.session.cohort
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("training_cohort:index"), "label": capfirst(cohort._meta.verbose_name_plural)},
            {"url": reverse("training_cohort:inspect", args=[cohort.pk]), "label": str(cohort)},
            {"url": "", "label": str(self.session)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        roster = services.roster_for_attendance(self.session.cohort_id).select_related("trainee")
        present = set(self.session.attendances.filter(present=True).values_list("registration_id", flat=True))
        context.update(
            session=self.session,
            rows=[(registration, registration.pk in present) for registration in roster],
            overview_url=reverse("training_cohort:inspect", args=[self.session.cohort_id]),
        )
        return context

    def post(self, request, *args, **kwargs):
        count = services.record_attendance(self.session, request.POST.getlist("present"), request.user)
        messages.success(request, _("Attendance saved for %(count)s trainees.") % {"count": count})
        return redirect("training_cohort:inspect", self.session.cohort_id)


class CohortActionView(View):
    """POST-only: assess completion or issue certificates for a cohort."""

    http_method_names = ["post"]
    action = ""

    def post(self, request, pk):
        _require(request, "training.change_cohort")
        cohort = get_object_or_404(Cohort, pk=pk)
        try:
            if self.action == "complete":
                results = services.complete_cohort(cohort.pk, request.user)
                messages.success(
                    request,
                    _("%(done)s trainees completed, %(not_done)s did not meet the attendance rule.")
                    % {"done": results["completed"], "not_done": results["no_show"]},
                )
            else:
                issued = services.issue_certificates(cohort.pk, request.user)
                messages.success(request, _("%(count)s certificates issued.") % {"count": len(issued)})
        except services.TrainingError as error:
            messages.error(request, str(error))
        return redirect("training_cohort:inspect", cohort.pk)


class StaffFormView(WagtailAdminTemplateMixin, FormView):
    """A small confirmation form in the admin, run against one object."""

    template_name = "training/admin/confirm_form.html"
    permission = ""
    model = None

    def dispatch(self, request, *args, **kwargs):
        _require(request, self.permission)
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(object=self.object, description=self.description(), **kwargs)


class CancelRegistrationView(StaffFormView):
    """Staff cancel a trainee's registration; the oldest waitlisted trainee is promoted."""

    form_class = CancellationForm
    permission = "training.change_registration"
    model = Registration
    page_title = gettext_lazy("Cancel registration")
    header_icon = "cross"

    def description(self):
        return _("Cancelling frees the seat; the oldest waitlisted trainee gets it and an e-mail.")

    def form_valid(self, form):
        try:
            services.cancel_registration(self.object.pk, self.request.user, form.cleaned_data["reason"])
            messages.success(self.request, _("Registration cancelled."))
        except services.TrainingError as error:
            messages.error(self.request, str(error))
        return redirect(reverse("training_registration:index") + f"?cohort={self.object.cohort_id}")


class RevokeCertificateView(StaffFormView):
    """Revoke a certificate with a reason; its public page then says revoked, with the date."""

    form_class = RevocationForm
    permission = "training.change_certificate"
    model = Certificate
    page_title = gettext_lazy("Revoke certificate")
    header_icon = "warning"

    def description(self):
        return _("The public verification page will show this certificate as revoked.")

    def form_valid(self, form):
        try:
            services.revoke_certificate(self.object.pk, self.request.user, form.cleaned_data["reason"])
            messages.success(self.request, _("Certificate %(code)s revoked.") % {"code": self.object.code})
        except services.TrainingError as error:
            form.add_error("reason", str(error))
            return self.form_invalid(form)
        return redirect("training_certificate:index")
