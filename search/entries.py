"""Writing provider documents into the database index (SearchEntry) and its vocabulary (SearchTerm)."""

from django.db import transaction

from .folding import fold, spaced, tokens
from .models import SearchEntry, SearchTerm

MAX_BODY_CHARS = 20_000  # long legal texts: the first pages are what a visitor searches and reads
MAX_TERM_LENGTH = 60


def _clip(value, length):
    return (value or "")[:length]


def entry_for(provider, key, document):
    """An unsaved SearchEntry for one SearchDocument of `provider`'s object `key`."""
    title = _clip(document.title, 500)
    body = _clip(document.body, MAX_BODY_CHARS)
    searchable = " ".join([title, document.code, document.summary, document.keywords, body])
    return SearchEntry(
        doc_id=provider.document_id(key, document.language),
        provider=provider.name,
        object_key=str(key),
        kind=provider.kind,
        language=document.language,
        title=title,
        url=_clip(document.url, 500),
        summary=document.summary or "",
        body=body,
        code=_clip(document.code, 80),
        keywords=document.keywords or "",
        title_exact=title.lower(),
        title_folded=_clip(spaced(title), 500),
        summary_folded=spaced(document.summary),
        text_folded=spaced(searchable),
        code_folded=_clip(spaced(document.code), 120),
        category=document.category or "",
        zone=document.zone or "",
        land_use=document.land_use or "",
        parcel_status=document.parcel_status or "",
        programme=str(document.programme or ""),
        date=document.date,
        year=str(document.date.year) if document.date else "",
        area=document.area,
        price=document.price,
    )


def build_entries(provider, obj):
    """The unsaved entries of `obj` (empty when it is not live)."""
    if obj is None or not provider.is_live(obj):
        return []
    key = provider.object_key(obj)
    return [entry_for(provider, key, document) for document in provider.documents(obj)]


def replace_entries(provider, key, entries):
    """Make the stored entries of (`provider`, `key`) exactly `entries`; returns them."""
    with transaction.atomic():
        SearchEntry.objects.filter(provider=provider.name, object_key=str(key)).delete()
        SearchEntry.objects.bulk_create(entries)
        remember_terms(entries)
    return entries


def remember_terms(entries):
    """Add the folded words of `entries` to the vocabulary (never removed except by a rebuild)."""
    words = set()
    for entry in entries:
        words.update(tokens(" ".join([entry.title, entry.summary, entry.keywords, entry.body])))
    rows = [SearchTerm(term=word, length=len(word)) for word in words if 2 <= len(word) <= MAX_TERM_LENGTH]
    SearchTerm.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)


def fold_query(text):
    """The folded form of a visitor's query (same folding as the stored text)."""
    return fold(text)
