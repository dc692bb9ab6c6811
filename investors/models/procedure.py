"""The How to invest page (the statutory steps as StreamField blocks) and checklists investors keep."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.search_text import FoldedSearchText
from home.blocks import BodyBlock
from investors.blocks import ProcedureStreamBlock


class HowToInvestPage(RoutablePageMixin, FoldedSearchText, Page):
    """The whole statutory path from first contact to operating, step by step, with a personalised
    checklist (GET answers → only the investor's steps, printable, kept in the account when signed in).

    Changes go through the legal review workflow before they are published (see the incentives seed)."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))
    steps = StreamField(
        ProcedureStreamBlock(),
        verbose_name=_("steps"),
        help_text=_("The statutory steps in the order an investor meets them, each with the conditions it applies on."),
    )
    notes = StreamField(
        BodyBlock(), verbose_name=_("notes"), blank=True, help_text=_("Shown after the steps, e.g. questions.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("steps"), FieldPanel("notes")]
    folded_search_sources = ("title", "introduction")
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_text"),
        index.SearchField("introduction"),
        index.SearchField("steps"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("how to invest page")

    @path("")
    def checklist(self, request):
        from investors.views.checklist import checklist_view

        return checklist_view(request, self)

    @path("save/", name="save_checklist")
    def save_checklist(self, request):
        from investors.views.checklist import save_checklist_view

        return save_checklist_view(request, self)


class SavedChecklist(models.Model):
    """A personalised checklist an investor kept: the page and the answers (as the query string that
    reproduces it)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_checklists")
    page = models.ForeignKey(HowToInvestPage, on_delete=models.CASCADE, related_name="saved_checklists")
    query = models.CharField(_("answers"), max_length=300, help_text=_("The checklist's answers as a query string."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("saved checklist")
        verbose_name_plural = _("saved checklists")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "page", "query"], name="investors_checklist_once_per_answers")
        ]

    def __str__(self):
        return self.query

    def answers(self):
        from investors.checklist import ChecklistAnswers

        return ChecklistAnswers.from_query_string(self.query)

    def url_in(self, page):
        """The checklist's address on `page` (the How to invest page in the reader's language)."""
        return f"{page.url}?{self.query}"
