"""The search registry: each app declares in its `search_providers.py` what it indexes and how.

The registry lives in core so that apps describe what they index without importing the search app;
the search app never imports domain models: `SearchConfig.ready()` autodiscovers the providers.
A provider says which model it covers, which objects are live, how to turn one object into one
document per language, which other models' changes affect it, and how to label its facet values.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings


@dataclass
class SearchDocument:
    """One searchable document in one language, as a provider builds it."""

    language: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    code: str = ""  # parcel code, cohort code, legal document number: exact matches rank first
    keywords: str = ""  # extra words that find the document (zone name, land use label…)
    category: str = ""
    zone: str = ""
    land_use: str = ""
    parcel_status: str = ""
    programme: str = ""
    date: datetime.date | None = None
    area: Decimal | None = None
    price: Decimal | None = None


class SearchProvider:
    """What one app indexes for one model. Subclass, fill the attributes, and `register()` an instance."""

    name = ""  # unique and stable: part of every document id ("parcel", "policy")
    kind = ""  # the "type" facet value
    kind_label = ""  # translatable label of the kind
    model = None
    facet_labels = {}  # facet name -> callable returning {value: label} in the active language
    ranking = 0  # tie-breaker between kinds in suggestions (lower first)

    def live_objects(self):
        """Every object that should be searchable (a queryset), for rebuilds."""
        raise NotImplementedError

    def is_live(self, obj):
        """True when `obj` should be searchable now."""
        raise NotImplementedError

    def documents(self, obj):
        """The SearchDocuments of a live object: one per language."""
        raise NotImplementedError

    def watches(self):
        """[(model, function(instance) -> objects of self.model)] whose changes reindex those objects."""
        return []

    def object_key(self, obj):
        return str(obj.pk)

    def get_object(self, key):
        """The object with `key`, or None when it no longer exists."""
        return self.model._default_manager.filter(pk=key).first()

    def document_id(self, key, language):
        return f"{self.name}:{key}:{language}"

    def all_document_ids(self, key):
        return [self.document_id(key, code) for code, _name in settings.LANGUAGES]


def is_public(page):
    """True when anonymous visitors may read `page`: it is live and neither it nor an ancestor carries a
    view restriction (sign-in, password or groups). Providers whose documents link into a page (parcels
    under the land page, cohorts on their programme page) check it too, so nothing behind a restriction
    reaches public search results or suggestions."""
    return page is not None and page.live and not page.get_view_restrictions().exists()


class PageProvider(SearchProvider):
    """A provider for a Wagtail page type: one document per live, public page (each page has one locale)."""

    def live_objects(self):
        return self.model.objects.live().public().select_related("locale")

    def is_live(self, page):
        return is_public(page)

    def get_object(self, key):
        return self.model.objects.filter(pk=key).select_related("locale").first()

    def documents(self, page):
        return [self.page_document(page)]

    def page_document(self, page):
        """The document of one page; override to add summary, body and facet fields."""
        return SearchDocument(language=page.locale.language_code, title=page.title, url=page.url or "")


_providers: dict[str, SearchProvider] = {}


def register(provider):
    """Register (or replace, by name) a provider instance; returns it."""
    if not provider.name or provider.model is None:
        raise ValueError("A search provider needs a name and a model.")
    _providers[provider.name] = provider
    return provider


def providers():
    """Registered providers in a stable order."""
    return sorted(_providers.values(), key=lambda provider: (provider.ranking, provider.name))


def get_provider(name):
    return _providers.get(name)


def providers_for_model(model):
    """Providers whose model is `model` or one of its parents (a specific page class)."""
    return [provider for provider in providers() if issubclass(model, provider.model)]


def kind_labels():
    """{kind: label} over every provider."""
    return {provider.kind: provider.kind_label for provider in providers()}


def facet_labels(facet):
    """{value: label} for `facet`, merged over the providers that declare it."""
    labels = {}
    for provider in providers():
        source = provider.facet_labels.get(facet)
        if source is not None:
            labels.update(source())
    return labels


class SectionProvider(PageProvider):
    """A section's landing page (incentives, land, training): found by what the section is about.

    `summary_field` names the page's lead paragraph; `keywords` (translatable) holds words a visitor
    uses for the section that its title does not carry ("lease", "plots", "courses").
    """

    kind = "section"
    summary_field = "introduction"
    keywords = ""
    ranking = 60

    def page_document(self, page):
        from django.utils import translation

        document = super().page_document(page)
        document.summary = getattr(page, self.summary_field, "") or page.search_description
        with translation.override(document.language):
            document.keywords = str(self.keywords)
        return document


class ServiceProvider(SearchProvider):
    """An online service that is a view, not a page (apply, verify a certificate), found like a page.

    It follows the section page it belongs to (`model`, a page class): one document per live, public
    section page, in that page's language, pointing at `url_name` reversed in that language.
    """

    kind = "service"
    title = ""  # translatable
    summary = ""  # translatable
    keywords = ""  # translatable
    url_name = ""
    ranking = 5

    def live_objects(self):
        return self.model.objects.live().public().select_related("locale")

    def is_live(self, page):
        return is_public(page)

    def get_object(self, key):
        return self.model.objects.filter(pk=key).select_related("locale").first()

    def documents(self, page):
        from django.urls import reverse
        from django.utils import translation

        language = page.locale.language_code
        with translation.override(language):
            return [
                SearchDocument(
                    language=language,
                    title=str(self.title),
                    url=reverse(self.url_name),
                    summary=str(self.summary),
                    keywords=str(self.keywords),
                )
            ]
