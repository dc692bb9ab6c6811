"""Site visits in the Wagtail admin: the calendar with the day's list, visiting slots, bookings, and the
inbox of enquiries (parcel pages and the contact page)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_inspect import BlankAwareInspectView

from .admin_views import CalendarView
from .models import Enquiry, VisitBooking, VisitSlot


class ViewOnlyPolicy(ModelPermissionPolicy):
    """Bookings change only through the booker's links (services): staff may view them, not edit them."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class SeatsColumn(Column):
    def get_value(self, instance):
        return f"{instance.seats_taken()}/{instance.capacity}"


class SlotIndexView(IndexView):
    def get_base_queryset(self):
        return VisitSlot.objects.with_seats_taken()


class VisitSlotViewSet(ModelViewSet):
    """Visiting slots; the menu opens the calendar (a route of this viewset)."""

    model = VisitSlot
    index_view_class = SlotIndexView
    url_prefix = "visits/slots"
    icon = "date"
    menu_label = _("Calendar")
    copy_view_enabled = True
    list_display = [
        "__str__", DateColumn("date", label=_("Date")), "guide", SeatsColumn("seats", label=_("Booked / capacity")),
        "published",
    ]  # fmt: skip
    list_filter = ["date", "published"]
    search_fields = ["guide"]
    search_backend_name = None

    @property
    def menu_url(self):
        return reverse(self.get_url_name("calendar"))

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("calendar/", CalendarView.as_view(), name="calendar")]


class BookingIndexView(IndexView):
    def get_base_queryset(self):
        return VisitBooking.objects.select_related("slot")


class VisitBookingViewSet(ModelViewSet):
    """Every booking, filtered by status and date, exportable as a spreadsheet for the guide."""

    model = VisitBooking
    index_view_class = BookingIndexView
    url_prefix = "visits/bookings"
    icon = "user"
    menu_label = _("Bookings")
    inspect_view_enabled = True
    inspect_view_class = BlankAwareInspectView
    copy_view_enabled = False
    inspect_view_fields = [
        "slot",
        "name",
        "email",
        "organisation",
        "people",
        "parcel_codes",
        "unit_codes",
        "other_items",
        "hold_parcel",
        "language",
        "status",
        "created_at",
        "confirmed_at",
        "cancelled_at",
    ]  # fmt: skip  (not the token: the secret of the booker's links)
    form_fields = ["name"]  # no add or edit view is reachable (ViewOnlyPolicy); Wagtail needs a form
    list_display = ["name", "email", "slot", "people", Column("items_text", label=_("To see")), "status"]
    list_filter = ["status", "slot__date"]
    list_export = ["slot", "name", "email", "organisation", "people", "items_text", "get_status_display", "created_at"]
    export_headings = {
        "slot": _("Visit"),
        "name": _("Name"),
        "email": _("E-mail"),
        "organisation": _("Organisation"),
        "people": _("People"),
        "items_text": _("To see"),
        "get_status_display": _("Status"),
        "created_at": _("Booked at"),
    }
    export_filename = "visit-bookings"
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return ViewOnlyPolicy(self.model)


class EnquiryViewSet(ModelViewSet):
    """The enquiries inbox: questions sent from parcel pages (land officers) and from the contact page (the
    one-stop desk), newest first, filtered by where they came from; "answered" is ticked here."""

    model = Enquiry
    url_prefix = "visits/enquiries"
    icon = "mail"
    menu_label = _("Enquiries")
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = BlankAwareInspectView
    list_display = [
        "kind", "parcel_code", "unit_code", "name", "email", DateColumn("created_at", label=_("Received")), "answered"
    ]  # fmt: skip
    list_filter = ["answered", "kind", "parcel_code"]
    search_fields = ["parcel_code", "unit_code", "name", "email", "message"]
    search_backend_name = None


class VisitsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Site visits")
    menu_icon = "date"
    menu_order = 250
    items = (
        VisitSlotViewSet("visits_slot"),
        VisitBookingViewSet("visits_booking"),
        EnquiryViewSet("visits_enquiry"),
    )


@hooks.register("register_admin_viewset")
def register_visits_viewsets():
    return VisitsViewSetGroup()
