"""Admin hooks of the site shell (Wagtail discovers this module by name)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import DeskOfficer, LibraryDocument, OpeningPeriod


class LibraryDocumentViewSet(SnippetViewSet):
    """The documents library: staff add forms, templates, legal texts and planning maps with their type and date."""

    model = LibraryDocument
    icon = "doc-full"
    menu_label = _("Documents library")
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["title_vi", "kind", "published_on"]
    list_filter = ["kind"]
    search_fields = ["title_vi", "title_en", "description_vi", "description_en"]


register_snippet(LibraryDocumentViewSet)


class DeskOfficerViewSet(ModelViewSet):
    """The one-stop desk's named officers, in the order the contact page lists them (drag to reorder)."""

    model = DeskOfficer
    url_prefix = "desk/officers"
    icon = "user"
    menu_label = _("Officers")
    copy_view_enabled = False
    list_display = ["name", "role_vi", "phone", "email", "active"]
    list_filter = ["active"]
    search_fields = ["name", "role_vi", "role_en", "handles_vi", "handles_en"]
    search_backend_name = None


class OpeningPeriodViewSet(ModelViewSet):
    """When the one-stop desk is open, one row per period of a weekday (public holidays are always closed)."""

    model = OpeningPeriod
    url_prefix = "desk/hours"
    icon = "time"
    menu_label = _("Opening hours")
    copy_view_enabled = True
    list_display = ["__str__", "weekday", "opens", "closes"]
    list_filter = ["weekday"]


class OneStopDeskViewSetGroup(ModelViewSetGroup):
    """The one-stop desk as the contact page shows it."""

    menu_label = _("One-stop desk")
    menu_icon = "mail"
    menu_order = 295
    items = (DeskOfficerViewSet("home_desk_officer"), OpeningPeriodViewSet("home_opening_period"))


@hooks.register("register_admin_viewset")
def register_one_stop_desk_viewsets():
    return OneStopDeskViewSetGroup()
