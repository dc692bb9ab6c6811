"""The documents library: forms, templates, legal texts and planning maps investors download."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Page

from core.bilingual import in_active_language


class DocumentKind(models.TextChoices):
    FORM = "form", _("Form")
    TEMPLATE = "template", _("Template")
    LEGAL_TEXT = "legal_text", _("Legal text")
    PLANNING_MAP = "planning_map", _("Planning map")


class LibraryDocument(models.Model):
    """One downloadable file of the library, described in both languages; the file is a Wagtail document."""

    title_vi = models.CharField(_("title (Vietnamese)"), max_length=200)
    title_en = models.CharField(
        _("title (English)"), max_length=200, blank=True, help_text=_("Empty: the Vietnamese title.")
    )
    description_vi = models.TextField(_("description (Vietnamese)"), blank=True, help_text=_("One or two sentences."))
    description_en = models.TextField(_("description (English)"), blank=True)
    kind = models.CharField(
        _("type"), max_length=20, choices=DocumentKind.choices, help_text=_("Visitors filter the library by type.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The file visitors download (upload it under Documents first, or here)."),
    )
    published_on = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("The document's date shown to visitors.")
    )

    panels = [
        FieldRowPanel([FieldPanel("title_vi"), FieldPanel("title_en")]),
        FieldRowPanel([FieldPanel("description_vi"), FieldPanel("description_en")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_on")]),
        FieldPanel("document"),
    ]

    class Meta:
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")
        ordering = ["-published_on", "title_vi", "pk"]

    def __str__(self):
        return self.title_vi

    def save(self, *args, **kwargs):
        # The list shows each file's size without touching storage: make sure Wagtail has recorded it
        # (its upload form does; files attached in code may not have it yet).
        if self.document_id and self.document.file_size is None:
            self.document.get_file_size()
        super().save(*args, **kwargs)

    @property
    def title(self):
        return in_active_language(self, "title")

    @property
    def description(self):
        return in_active_language(self, "description")

    @property
    def file_extension(self):
        return self.document.file_extension.upper()


class DocumentLibraryPage(Page):
    """The documents library page: every library document with its type, size and date, filterable by type."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    per_page = 20

    class Meta:
        verbose_name = _("documents library page")

    @classmethod
    def for_language(cls, language_code):
        """The live library page in one language, or None."""
        return cls.objects.live().filter(locale__language_code=language_code).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("type", "")
        documents = LibraryDocument.objects.select_related("document")
        if kind in DocumentKind.values:
            documents = documents.filter(kind=kind)
        else:
            kind = ""
        paginator = Paginator(documents, self.per_page)
        try:
            context["documents"] = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            context["documents"] = paginator.page(1)
        context["kind"] = kind
        context["kinds"] = DocumentKind.choices
        return context
