"""When the cache moves to a new generation: content that public pages show has changed.

Core connects Wagtail's page signals here; every other app (the shell's settings, transparency's
targets, the domain apps' records) registers the models its public pages show with
`invalidate_on_change` in its AppConfig.ready(), so core never imports them.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from . import store

logger = logging.getLogger(__name__)


def content_changed(**kwargs):
    """Start a new generation now and again once the current transaction commits.

    Now, so the change is visible at once to the request that made it; after commit, because a
    request that rendered the old rows while the transaction was still open may have stored its page
    under the generation started "now"."""
    if kwargs.get("raw"):  # fixtures being loaded, not an edit
        return
    _bump()
    if settings.PAGE_CACHE_TIMEOUT:
        transaction.on_commit(_bump)


def _bump():
    try:
        store.new_generation()
    except Exception:
        logger.exception("Could not invalidate the page cache; pages may be stale until they expire")


def content_changed_soon(**kwargs):
    """A frequent, minor change (seats left): cached pages catch up within PAGE_CACHE_COALESCE_SECONDS."""
    if kwargs.get("raw"):
        return
    if not settings.PAGE_CACHE_COALESCE_SECONDS:
        content_changed(**kwargs)
        return
    _note_pending()
    if settings.PAGE_CACHE_TIMEOUT:
        transaction.on_commit(_note_pending)  # in case the window closed before the change was committed


def _note_pending():
    try:
        store.note_pending_change()
    except Exception:
        logger.exception("Could not note a change for the page cache; pages may be stale until they expire")


def invalidate_soon_on_change(*models):
    """Saves and deletes of these models reach cached pages within PAGE_CACHE_COALESCE_SECONDS, so a
    burst of them (e.g. registrations for a popular cohort) does not empty the cache again and again."""
    for model in models:
        label = model._meta.label
        post_save.connect(content_changed_soon, sender=model, dispatch_uid=f"page-cache-soon-{label}", weak=False)
        post_delete.connect(content_changed_soon, sender=model, dispatch_uid=f"page-cache-soon-del-{label}", weak=False)


def invalidate_on_change(*models):
    """Any save or delete of these models makes every cached page stale."""
    for model in models:
        label = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{label}", weak=False)
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{label}", weak=False)


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        content_changed()


def connect_wagtail_signals():
    """Pages (publish, unpublish, move, delete), view restrictions, images, documents, sites and locales.

    A page restricted to signed-in users, a password or groups must stop being served from the cache
    to anonymous visitors at once: Wagtail checks restrictions in its page view, which a cached page
    never reaches. The same for documents behind a collection's restriction."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"page-cache-{id(signal)}", weak=False)
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-page-deleted", weak=False)
    invalidate_on_change(get_image_model(), get_document_model(), Site, Locale)
    invalidate_on_change(PageViewRestriction, CollectionViewRestriction)
