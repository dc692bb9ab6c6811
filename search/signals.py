"""Connect every provider's model (and the models it watches) to the indexer."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from core import search_registry as registry

from .indexing import schedule


def _page_changed(sender, instance, **kwargs):
    for provider in registry.providers_for_model(type(instance)):
        schedule(provider, provider.object_key(instance))


def _object_changed(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: rebuild afterwards instead
        return
    _page_changed(sender, instance)


def _watched_changed(provider, related):
    def handler(sender, instance, raw=False, **kwargs):
        if raw:
            return
        for obj in related(instance):
            schedule(provider, provider.object_key(obj))

    return handler


def _page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    """A moved page changes the address of itself and everything under it."""
    if url_path_before == url_path_after:
        return
    for page in instance.get_descendants(inclusive=True).live().specific():
        _page_changed(type(page), page)


_connected = []  # keeps the closures alive (signals hold weak references by default)
_watchers = []  # (provider, watched model, related function), for restriction changes


def reindex_subtree(page):
    """Reindex `page`, its descendants and whatever the providers derive from them (parcels under the
    land page, cohorts of a programme), once each, after the commit."""
    scheduled = set()

    def once(provider, obj):
        key = provider.object_key(obj)
        if (provider.name, key) not in scheduled:
            scheduled.add((provider.name, key))
            schedule(provider, key)

    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        for provider in registry.providers_for_model(type(descendant)):
            once(provider, descendant)
        for provider, model, related in _watchers:
            if isinstance(descendant, model):
                for obj in related(descendant):
                    once(provider, obj)
    return len(scheduled)


def _restriction_changed(sender, instance, raw=False, **kwargs):
    """A page view restriction added, changed or removed: the page and everything under it may have
    become public or private, so their documents are written again (or removed)."""
    from wagtail.models import Page

    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None: the page itself is being deleted, which removes its documents anyway
        reindex_subtree(page)


def connect():
    """Connect the signals of every registered provider (called once from SearchConfig.ready)."""
    from wagtail.models import Page

    for provider in registry.providers():
        if issubclass(provider.model, Page):
            page_published.connect(_page_changed, sender=provider.model, dispatch_uid=f"search-pub-{provider.name}")
            page_unpublished.connect(_page_changed, sender=provider.model, dispatch_uid=f"search-unpub-{provider.name}")
        else:
            post_save.connect(_object_changed, sender=provider.model, dispatch_uid=f"search-save-{provider.name}")
        post_delete.connect(_object_changed, sender=provider.model, dispatch_uid=f"search-delete-{provider.name}")
        for model, related in provider.watches():
            handler = _watched_changed(provider, related)
            _connected.append(handler)
            _watchers.append((provider, model, related))
            changed = [page_published, page_unpublished] if issubclass(model, Page) else [post_save]
            for signal in [*changed, post_delete]:
                signal.connect(handler, sender=model, weak=False)
    post_page_move.connect(_page_moved, dispatch_uid="search-page-moved")
    from wagtail.models import PageViewRestriction

    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-saved")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-deleted")
