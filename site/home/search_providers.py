"""What the site shell contributes to site search: standard pages, the contact page, news articles and the
documents library."""

from django.conf import settings
from django.utils import translation

from core.bilingual import in_language
from core.search_registry import PageProvider, SearchDocument, SearchProvider, is_public, register
from core.search_text import join, stream_text

from .models import ContactPage, DeskOfficer, DocumentLibraryPage, LibraryDocument, NewsPage, StandardPage


class StandardPageProvider(PageProvider):
    """Content pages such as About or Contact."""

    name = "standard_page"
    kind = "page"
    kind_label = StandardPage._meta.verbose_name
    model = StandardPage
    ranking = 50

    def page_document(self, page):
        document = super().page_document(page)
        document.summary = page.introduction or page.search_description
        document.body = stream_text(page.body)
        return document


class NewsPageProvider(PageProvider):
    """Dated news articles; recent ones rank a little higher."""

    name = "news"
    kind = "news"
    kind_label = NewsPage._meta.verbose_name
    model = NewsPage
    recency_boost = True
    ranking = 40

    def page_document(self, page):
        document = super().page_document(page)
        document.summary = page.summary
        document.body = stream_text(page.body)
        document.date = page.date
        return document


class ContactPageProvider(PageProvider):
    """The contact page: found by its address and by the desk officers' names, roles and subjects."""

    name = "contact_page"
    kind = "page"
    kind_label = StandardPage._meta.verbose_name  # one "page" facet with About and the other content pages
    model = ContactPage
    ranking = 50

    def watches(self):
        return [(DeskOfficer, lambda officer: ContactPage.objects.live())]

    def page_document(self, page):
        document = super().page_document(page)
        language = page.locale.language_code
        document.summary = page.introduction or page.search_description
        officers = DeskOfficer.objects.filter(active=True)
        document.body = join(
            page.address,
            page.directions,
            *(join(officer.name, in_language(officer, "role", language), in_language(officer, "handles", language))
              for officer in officers),
        )  # fmt: skip
        return document


register(StandardPageProvider())
register(ContactPageProvider())
register(NewsPageProvider())


class LibraryDocumentProvider(SearchProvider):
    """The documents library's files: title, description and type, once per language, linking to the file."""

    name = "library_document"
    kind = "document"
    kind_label = LibraryDocument._meta.verbose_name
    model = LibraryDocument
    ranking = 45

    def live_objects(self):
        return LibraryDocument.objects.select_related("document")

    def get_object(self, key):
        return LibraryDocument.objects.select_related("document").filter(pk=key).first()

    def is_live(self, document):
        return True

    def watches(self):
        return [(DocumentLibraryPage, lambda page: LibraryDocument.objects.all())]

    def documents(self, document):
        found = []
        for language, _name in settings.LANGUAGES:
            library = DocumentLibraryPage.for_language(language)
            if library is None or not is_public(library):
                continue  # no public library in that language: its files are not advertised there
            with translation.override(language):
                found.append(
                    SearchDocument(
                        language=language,
                        title=in_language(document, "title", language),
                        url=document.document.url,
                        summary=in_language(document, "description", language),
                        keywords=join(document.get_kind_display(), document.file_extension),
                        date=document.published_on,
                    )
                )
        return found


register(LibraryDocumentProvider())
