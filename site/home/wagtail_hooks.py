"""Admin hooks of the site shell (Wagtail discovers this module by name)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LibraryDocument


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
