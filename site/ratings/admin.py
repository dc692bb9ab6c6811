"""Satisfaction ratings in the Wagtail admin (Reports → Satisfaction ratings): read-only.

Investment officers read the ratings of investment applications, training coordinators those of IT
training, directors both (permissions `view_application_ratings` and `view_training_ratings`, granted
by migration 0002). Nobody adds, edits or deletes a rating here: people write them, once."""

from django.utils.translation import gettext_lazy

from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_inspect import BlankAwareInspectView

from .models import Rating, Service

SERVICE_PERMISSIONS = {
    Service.APPLICATION: "ratings.view_application_ratings",
    Service.TRAINING: "ratings.view_training_ratings",
}


def readable_services(user):
    """The services whose ratings `user` may read."""
    if user.is_superuser:
        return list(SERVICE_PERMISSIONS)
    return [service for service, permission in SERVICE_PERMISSIONS.items() if user.has_perm(permission)]


class ReadOnlyByServicePolicy(ModelPermissionPolicy):
    """Viewing only, and only the ratings of the services the user's group looks after."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and bool(readable_services(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return action == "view" and instance.service in readable_services(user)

    def instances_user_has_permission_for(self, user, action):
        if action != "view":
            return Rating.objects.none()
        return Rating.objects.filter(service__in=readable_services(user))


class RatingIndexView(IndexView):
    """Answered ratings first, newest first; only the services the user may read."""

    def get_base_queryset(self):
        readable = readable_services(self.request.user)
        return Rating.objects.filter(service__in=readable).select_related("person")


class RatingInspectView(BlankAwareInspectView):
    def get_object(self, queryset=None):
        from django.core.exceptions import PermissionDenied

        rating = super().get_object(queryset)
        if rating.service not in readable_services(self.request.user):
            raise PermissionDenied
        return rating


class RatingViewSet(ModelViewSet):
    model = Rating
    index_view_class = RatingIndexView
    inspect_view_class = RatingInspectView
    url_prefix = "ratings"
    icon = "pick"
    menu_label = gettext_lazy("Satisfaction ratings")
    add_to_admin_menu = True
    menu_order = 320
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    form_fields = ["comment"]  # no add or edit view is reachable (the policy); Wagtail needs a form
    list_display = [
        "service",
        "subject_label",
        "score",
        "comment",
        DateColumn("month", label=gettext_lazy("Month of service")),
        DateColumn("answered_at", label=gettext_lazy("Answered")),
    ]
    list_filter = ["service", "score", "month"]
    search_fields = ["subject_label", "comment"]
    search_backend_name = None
    inspect_view_fields = ["service", "subject_label", "month", "person", "asked_at", "score", "comment", "answered_at"]

    @property
    def permission_policy(self):
        return ReadOnlyByServicePolicy(self.model)
