"""Organisation accounts in the Wagtail admin (Settings → Organisations): staff see each organisation,
its members and roles, and its open invitations; membership itself is managed by the members."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_inspect import BlankAwareInspectView

from .models import Organisation


class OrganisationInspectView(BlankAwareInspectView):
    """The organisation's details, then its members (role, since when) and open invitations."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        members = self.object.memberships.select_related("user").order_by("-role", "joined_at")
        rows = [{"label": f"{m.user.get_full_name()} <{m.user.email}>", "value": m.get_role_display()} for m in members]
        context["fields"] = [
            *context["fields"],
            {
                "label": _("Members"),
                "value": "; ".join(f"{row['label']} ({row['value']})" for row in rows) or "—",
                "component": None,
            },
            {
                "label": _("Open invitations"),
                "value": "; ".join(i.email for i in self.object.invitations.filter(accepted_at__isnull=True)) or "—",
                "component": None,
            },
        ]
        return context


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    add_to_settings_menu = True
    inspect_view_enabled = True
    inspect_view_class = OrganisationInspectView
    copy_view_enabled = False
    inspect_view_fields = ["name", "tax_number", "country", "created_at"]
    form_fields = ["name", "tax_number", "country"]
    list_display = ["name", "tax_number", "country", Column("member_count", label=_("Members"))]
    search_fields = ["name", "tax_number"]
    search_backend_name = None

    def get_queryset(self, request):
        from django.db.models import Count

        return Organisation.objects.annotate(member_count=Count("memberships"))


@hooks.register("register_admin_viewset")
def register_organisations():
    return OrganisationViewSet("organisations")
