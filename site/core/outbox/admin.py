"""The outbox in the Wagtail admin (Settings → Outgoing e-mails): failures first, with a resend action.

Staff with "Can view outgoing e-mail" see every e-mail, filtered by status (the listing opens on the
failed ones); with "Can change outgoing e-mail" they resend one: it is claimed like any send, so a
resend racing the scheduler's retry or a worker still sends it once."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_inspect import BlankAwareInspectView
from core.models import EmailStatus, OutgoingEmail

from .registry import kind_label
from .sending import resend

RESEND_PERMISSION = "core.change_outgoingemail"


class ViewOnlyPolicy(ModelPermissionPolicy):
    """E-mails are written by the outbox only: staff view them (and resend through the action)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class KindColumn(Column):
    def get_value(self, instance):
        return kind_label(instance.kind)


class OutboxIndexView(IndexView):
    """Every e-mail, newest first; without a status filter, only the failed ones (what needs staff)."""

    def get_base_queryset(self):
        queryset = OutgoingEmail.objects.select_related("recipient")
        if "status" not in self.request.GET:
            queryset = queryset.filter(status=EmailStatus.FAILED)
        return queryset

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status in (EmailStatus.FAILED, EmailStatus.PENDING) and self.request.user.has_perm(
            RESEND_PERMISSION
        ):
            url = reverse("core_outbox:resend", args=[instance.pk])
            buttons.append(MenuItem(_("Resend"), url=url, icon_name="mail", priority=40))
        return buttons


class ResendEmailView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then send one failed (or stuck pending) e-mail now."""

    template_name = "core/admin/resend_email.html"
    page_title = gettext_lazy("Resend e-mail")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(RESEND_PERMISSION):
            raise PermissionDenied
        self.object = get_object_or_404(OutgoingEmail.objects.select_related("recipient"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return kind_label(self.object.kind)

    def get_context_data(self, **kwargs):
        return super().get_context_data(email=self.object, kind=kind_label(self.object.kind), **kwargs)

    def post(self, request, *args, **kwargs):
        sent, failed = resend(OutgoingEmail.objects.filter(pk=self.object.pk))
        if sent:
            messages.success(request, _("The e-mail was sent to %(address)s.") % {"address": self.object.address})
        elif failed:
            self.object.refresh_from_db()
            messages.error(request, _("Sending failed again: %(error)s") % {"error": self.object.last_error})
        else:
            messages.info(request, _("Nothing to resend: the e-mail was already sent or is being sent."))
        return redirect("core_outbox:index")


class OutboxViewSet(ModelViewSet):
    model = OutgoingEmail
    index_view_class = OutboxIndexView
    url_prefix = "outbox"
    icon = "mail"
    menu_label = gettext_lazy("Outgoing e-mails")
    add_to_settings_menu = True
    inspect_view_enabled = True
    inspect_view_class = BlankAwareInspectView  # an e-mail not sent yet shows "—", not "None"
    copy_view_enabled = False
    list_per_page = 100
    form_fields = ["kind"]  # no add or edit view is reachable (ViewOnlyPolicy); Wagtail needs a form
    list_display = [
        KindColumn("kind", label=gettext_lazy("Kind")),
        "recipient__email",
        "to_address",
        "status",
        "attempts",
        "last_error",
        DateColumn("created_at", label=gettext_lazy("Created")),
        DateColumn("next_attempt_at", label=gettext_lazy("Next attempt")),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["recipient__email", "to_address", "subject", "kind"]
    search_backend_name = None
    inspect_view_fields = [
        "kind",
        "recipient",
        "subject",
        "to_address",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
    ]

    @property
    def permission_policy(self):
        return ViewOnlyPolicy(self.model)

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("resend/<int:pk>/", ResendEmailView.as_view(), name="resend")]
