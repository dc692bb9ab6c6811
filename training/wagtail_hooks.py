"""Training in the Wagtail admin: cohorts (with sessions), the roster of registrations, certificates."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_deletion import KeepProtectedRecordsMixin
from core.admin_inspect import BlankAwareInspectView

from . import dashboards  # noqa: F401  (registers the coordinator's panel on the admin home)
from .admin_forms import CohortAdminForm
from .models import Certificate, Cohort, Registration
from .services import with_attendance
from .views import admin as views


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Records changed only through services: staff may view them, never add, edit or delete directly."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class CohortDeleteView(KeepProtectedRecordsMixin, DeleteView):
    """A cohort with registrations (and so attendance or certificates) is kept: deleting it says why."""


class CohortViewSet(ModelViewSet):
    model = Cohort
    delete_view_class = CohortDeleteView
    url_prefix = "training/cohorts"
    icon = "group"
    menu_label = _("Cohorts")
    edit_handler = ObjectList(Cohort.panels, base_form_class=CohortAdminForm)
    inspect_view_enabled = True
    inspect_view_class = views.CohortOverviewView
    copy_view_enabled = False
    list_display = ["code", "starts_on", "ends_on", "mode", "seats"]
    list_filter = ["mode", "starts_on"]
    search_fields = ["code"]
    search_backend_name = None

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("attendance/<int:session_pk>/", views.AttendanceSheetView.as_view(), name="attendance"),
            path("complete/<int:pk>/", views.CohortActionView.as_view(action="complete"), name="complete"),
            path("certificates/<int:pk>/", views.CohortActionView.as_view(action="issue"), name="issue"),
        ]


class AttendanceShareColumn(Column):
    def get_value(self, instance):
        return f"{instance.attendance_share}%"


class RosterIndexView(IndexView):
    """The roster listing, with a "Cancel registration" action for staff who may change registrations."""

    def get_base_queryset(self):
        return with_attendance(Registration.objects.select_related("trainee", "cohort"))

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_cancellable and self.request.user.has_perm("training.change_registration"):
            url = reverse("training_registration:cancel", args=[instance.pk])
            buttons.append(MenuItem(_("Cancel registration"), url=url, icon_name="cross", priority=40))
        return buttons


class CertificateIndexView(IndexView):
    """Certificates, with a "Revoke" action for valid ones."""

    def get_base_queryset(self):
        return Certificate.objects.select_related("registration__cohort")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_valid and self.request.user.has_perm("training.change_certificate"):
            url = reverse("training_certificate:revoke", args=[instance.pk])
            buttons.append(MenuItem(_("Revoke"), url=url, icon_name="warning", priority=40))
        return buttons


class RegistrationViewSet(ModelViewSet):
    """The roster: every registration, filtered by cohort and status, exportable as a spreadsheet."""

    model = Registration
    index_view_class = RosterIndexView
    url_prefix = "training/registrations"
    icon = "user"
    menu_label = _("Roster")
    inspect_view_enabled = True
    inspect_view_class = BlankAwareInspectView
    copy_view_enabled = False
    form_fields = ["cancellation_reason"]
    list_per_page = 100
    list_display = [
        "trainee",
        "trainee__email",
        "cohort",
        "status",
        "created_at",
        AttendanceShareColumn("attendance", label=_("Attendance")),
    ]
    list_filter = ["cohort", "status"]
    list_export = [
        "cohort.code",
        "trainee.full_name",
        "trainee.email",
        "trainee.phone",
        "get_status_display",
        "created_at",
        "education",
        "current_job",
        "attendance_share",
    ]
    export_headings = {
        "cohort.code": _("Cohort"),
        "trainee.full_name": _("Name"),
        "trainee.email": _("E-mail"),
        "trainee.phone": _("Phone"),
        "get_status_display": _("Status"),
        "created_at": _("Registered at"),
        "education": _("Education"),
        "current_job": _("Current job"),
        "attendance_share": _("Attendance (%)"),
    }
    export_filename = "roster"
    search_fields = ["trainee__full_name", "trainee__email", "cohort__code"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("cancel/<int:pk>/", views.CancelRegistrationView.as_view(), name="cancel"),
        ]


class CertificateViewSet(ModelViewSet):
    """Issued certificates; revocation with a reason."""

    model = Certificate
    index_view_class = CertificateIndexView
    url_prefix = "training/certificates"
    icon = "doc-full"
    menu_label = _("Certificates")
    inspect_view_enabled = True
    inspect_view_class = BlankAwareInspectView
    copy_view_enabled = False
    form_fields = ["holder_name"]
    list_display = [
        "code",
        "holder_name",
        "registration__cohort",
        DateColumn("issued_at", label=_("Issued")),
        DateColumn("revoked_at", label=_("Revoked")),
    ]
    list_filter = ["registration__cohort", "revoked_at"]
    search_fields = ["code", "holder_name"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", views.RevokeCertificateView.as_view(), name="revoke"),
        ]


class TrainingViewSetGroup(ModelViewSetGroup):
    menu_label = _("Training")
    menu_icon = "group"
    menu_order = 300
    items = (
        CohortViewSet("training_cohort"),
        RegistrationViewSet("training_registration"),
        CertificateViewSet("training_certificate"),
    )


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingViewSetGroup()
