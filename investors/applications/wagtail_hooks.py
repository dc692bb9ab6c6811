"""Applications in the Wagtail admin: the inbox, the review page, deletion requests (role dashboards: dashboards.py)."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton, MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from core.admin_columns import TextColumn

from . import bulk_actions, dashboards, queues  # noqa: F401  (registers the inbox's bulk actions, the role panels)
from .filters import ApplicationFilterSet
from .models import (
    AllocationCriterion,
    ApplicationStatus,
    DecisionTemplate,
    DeletionRequest,
    DeletionStatus,
    InvestmentApplication,
)
from .personal_data import deletion_reviewers, may_review_deletions
from .views.admin import ApproveDeletionView, RefuseDeletionView, ReviewView


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Applications change only through services: staff may view them, never add, edit or delete directly."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class DeletionReviewPermissionPolicy(ModelPermissionPolicy):
    """Deletion requests show a person's name, e-mail and reason: only holders of
    `applications.review_deletion_request` see them (menu item, list, every view); nobody adds, edits
    or deletes them directly, they change only through personal_data.approve_deletion/refuse_deletion."""

    def user_has_permission(self, user, action):
        return action == "view" and may_review_deletions(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return deletion_reviewers() if "view" in actions else get_user_model().objects.none()


class ClockColumn(TextColumn):
    """Working days left in the current step, or how far past the deadline it is."""

    def get_value(self, instance):
        clock = instance.clock()
        if clock is None:
            return "—"
        if clock.overdue:
            return _("Overdue by %(days)s working days") % {"days": clock.days_overdue}
        return _("%(days)s working days left") % {"days": clock.remaining}


class LocalDateTimeColumn(TextColumn):
    """A moment as staff write it, 29/11/2026 10:33, in the park's time zone."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(timezone.localtime(value), "d/m/Y H:i") if value else "—"


FILE_VIEWS = {"open": _("Open files"), "mine": _("Assigned to me"), "closed": _("Closed files"), "all": _("All files")}


class ApplicationIndexView(IndexView):
    """The inbox: open files by default, the nearest deadline first; "assigned to me" and closed files
    are one click away (header buttons, `?files=mine|closed|all`). Never drafts."""

    def files_view(self):
        view = self.request.GET.get("files", "open")
        return view if view in FILE_VIEWS else "open"

    def get_base_queryset(self):
        base = InvestmentApplication.objects.exclude(status=ApplicationStatus.DRAFT).select_related("assigned_officer")
        if self.is_export and "id" in self.request.GET:  # the bulk "Export as spreadsheet": the ticked files only
            base = base.filter(pk__in=[pk for pk in self.request.GET.getlist("id") if pk.isdigit()])
        view = self.files_view()
        if view == "mine":
            return queues.by_urgency(base.filter(assigned_officer=self.request.user))
        if view == "closed":
            return base.filter(status__in=queues.CLOSED_STATUSES).order_by(F("decided_at").desc(nulls_last=True), "-pk")
        if view == "all":
            return base.order_by("-submitted_at", "-pk")
        return queues.by_urgency(base)

    def get_page_subtitle(self):
        return FILE_VIEWS[self.files_view()]

    @cached_property
    def columns(self):
        """A tick box on each row for the bulk actions (assign, export)."""
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="application"), *super().columns]

    def _get_custom_column(self, field_name, column_class=TextColumn, **kwargs):
        """The columns named by field (company, sector, status, officer) as plain text cells."""
        return super()._get_custom_column(field_name, column_class, **kwargs)

    def _get_title_column(self, field_name, column_class=None, **kwargs):
        """The reference (linking to the review page) never wraps."""
        kwargs.setdefault("classname", "w-whitespace-nowrap")
        kwargs.setdefault("get_title_id", lambda instance: f"application_{instance.pk}_title")
        if column_class is None:
            return super()._get_title_column(field_name, **kwargs)
        return super()._get_title_column(field_name, column_class, **kwargs)

    @cached_property
    def header_buttons(self):
        current = self.files_view()
        return [
            HeaderButton(label, url=f"{self.index_url}?files={view}", icon_name="folder-open-inverse")
            for view, label in FILE_VIEWS.items()
            if view != current
        ]


class ApplicationViewSet(ModelViewSet):
    """The inbox of submitted applications, filterable, searchable and exportable."""

    model = InvestmentApplication
    index_view_class = ApplicationIndexView
    index_template_name = "applications/admin/inbox.html"
    url_prefix = "applications/inbox"
    url_namespace = "applications_review"
    icon = "folder-open-inverse"
    menu_label = _("Inbox")
    add_to_admin_menu = False
    inspect_view_enabled = True
    inspect_view_class = ReviewView
    copy_view_enabled = False
    form_fields = ["assigned_officer"]
    filterset_class = ApplicationFilterSet
    list_per_page = (
        25  # Wagtail renders every cell through a template: 25 rows keep the inbox quick (?per_page= for more)
    )
    list_display = [
        "reference",
        "company_name",
        TextColumn("country", label=_("Country"), accessor="country_name"),
        "sector",
        "status",
        ClockColumn("clock", label=_("Service clock")),
        "assigned_officer",
        LocalDateTimeColumn("submitted_at", label=_("Submitted at"), classname="w-whitespace-nowrap"),
    ]
    list_export = [
        "reference",
        "company_name",
        "country_name",
        "get_sector_display",
        "project_title",
        "capital_usd",
        "staff_total",
        "get_status_display",
        "assigned_officer",
        "submitted_at",
        "decided_at",
    ]
    export_headings = {
        "reference": _("Reference"),
        "company_name": _("Company"),
        "country_name": _("Country"),
        "get_sector_display": _("Sector"),
        "project_title": _("Project"),
        "capital_usd": _("Capital (USD)"),
        "staff_total": _("Staff"),
        "get_status_display": _("Status"),
        "assigned_officer": _("Assigned officer"),
        "submitted_at": _("Submitted at"),
        "decided_at": _("Decided at"),
    }
    export_filename = "investment-applications"
    search_fields = ["reference", "company_name", "project_title", "registration_number"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("review/<int:pk>/", self.inspect_view, name="review")]


class DeletionIndexView(IndexView):
    """Deletion requests, with an "Anonymise" action for pending ones."""

    def get_base_queryset(self):
        return DeletionRequest.objects.select_related("user").order_by("-requested_at")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == DeletionStatus.PENDING:
            url = reverse("applications_deletion:approve", args=[instance.pk])
            buttons.append(MenuItem(_("Review: anonymise or refuse"), url=url, icon_name="warning", priority=40))
        return buttons


class DeletionRequestViewSet(ModelViewSet):
    """People's requests to erase their personal data."""

    model = DeletionRequest
    index_view_class = DeletionIndexView
    url_prefix = "applications/deletion-requests"
    url_namespace = "applications_deletion"
    icon = "bin"
    menu_label = _("Deletion requests")
    copy_view_enabled = False
    form_fields = ["status"]
    list_display = [TextColumn("user", label=_("Requested by")), "status", "requested_at", "decided_at"]
    list_filter = ["status"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return DeletionReviewPermissionPolicy(self.model)

    def get_urlpatterns(self):
        urlpatterns = [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", ApproveDeletionView.as_view(), name="approve"),
            path("refuse/<int:pk>/", RefuseDeletionView.as_view(), name="refuse"),
        ]
        # Wagtail's admin turns a missing permission into a redirect to the dashboard; these screens
        # answer 403 before any view code runs, whatever the view.
        return decorate_urlpatterns(urlpatterns, require_deletion_reviewer)


def require_deletion_reviewer(view):
    """Refuse (403) every deletion-request view to staff without `review_deletion_request`."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not may_review_deletions(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return checked


class ApplicationsGroup(ModelViewSetGroup):
    menu_label = _("Applications")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ApplicationViewSet, DeletionRequestViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ApplicationsGroup()


# --- Review panel: allocation criteria and decision-letter templates, edited as snippets --------------


class AllocationCriterionViewSet(SnippetViewSet):
    """The published criteria a file is scored on (both languages, weight, guidance)."""

    model = AllocationCriterion
    icon = "list-ol"
    menu_label = _("Allocation criteria")
    list_display = ["name_vi", "name_en", "weight", "sort_order", "active"]
    panels = [
        FieldPanel("name_vi"),
        FieldPanel("name_en"),
        FieldPanel("guidance_vi"),
        FieldPanel("guidance_en"),
        FieldPanel("weight"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
    ]


class DecisionTemplateViewSet(SnippetViewSet):
    """The wording of approval, rejection and information-request letters, with placeholders."""

    model = DecisionTemplate
    icon = "doc-full"
    menu_label = _("Decision letter templates")
    list_display = ["kind"]
    panels = [FieldPanel("kind"), FieldPanel("body_vi"), FieldPanel("body_en")]


register_snippet(AllocationCriterionViewSet)
register_snippet(DecisionTemplateViewSet)
