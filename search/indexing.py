"""Keeping the indexes current: write the database entries, then Elasticsearch, queueing what fails.

Signals call `schedule()`, which defers the work to `transaction.on_commit`: a rolled-back save never
reaches the index, and the work reads the committed object again. The database entries are always
written (they are the fallback and the source of Elasticsearch documents); an Elasticsearch failure
is logged and queued in PendingIndexUpdate, which `search_index --retry` (or the retry task) replays.
"""

import logging

from django.db import transaction
from django.db.models import F

from core import page_cache
from core import search_registry as registry

from .backend import elasticsearch_enabled
from .entries import build_entries, remember_terms, replace_entries
from .models import PendingIndexUpdate, SearchEntry, SearchTerm

logger = logging.getLogger(__name__)


def schedule(provider, key):
    """Reindex `provider`'s object `key` once the current transaction commits."""
    transaction.on_commit(lambda: reindex(provider, key))


def reindex(provider, key):
    """Bring both indexes in line with the committed state of one object (deleted or unpublished: removed)."""
    entries = replace_entries(provider, key, build_entries(provider, provider.get_object(key)))
    if elasticsearch_enabled():
        push_to_elasticsearch(provider, key, entries)
    return entries


def push_to_elasticsearch(provider, key, entries):
    """Write one object's documents to Elasticsearch; on failure log it and queue a retry. True on success."""
    from .elastic.indices import write_entries

    try:
        write_entries(provider, key, entries)
    except Exception as error:  # any transport or cluster error: the editor's save must still succeed
        logger.warning("Search: could not index %s:%s in Elasticsearch; queued for retry", provider.name, key)
        _queue(provider, key, error)
        return False
    PendingIndexUpdate.objects.filter(provider=provider.name, object_key=str(key)).delete()
    return True


def _queue(provider, key, error):
    updated = PendingIndexUpdate.objects.filter(provider=provider.name, object_key=str(key)).update(
        attempts=F("attempts") + 1, last_error=str(error)[:2000]
    )
    if not updated:
        PendingIndexUpdate.objects.get_or_create(
            provider=provider.name, object_key=str(key), defaults={"last_error": str(error)[:2000]}
        )


def retry_pending(limit=1000):
    """Replay queued Elasticsearch writes from the stored entries; returns (succeeded, still pending)."""
    done = 0
    for pending in list(PendingIndexUpdate.objects.all()[:limit]):
        provider = registry.get_provider(pending.provider)
        if provider is None:
            pending.delete()
            continue
        entries = list(SearchEntry.objects.filter(provider=provider.name, object_key=pending.object_key))
        done += int(push_to_elasticsearch(provider, pending.object_key, entries))
    if done:
        # Search pages cached while the index lagged behind would otherwise miss the caught-up content.
        page_cache.content_changed()
    return done, PendingIndexUpdate.objects.count()


def retry_pending_if_enabled():
    """The scheduler's `search-retry` job: replay queued writes when Elasticsearch is configured."""
    if not elasticsearch_enabled():
        return "Elasticsearch not configured"
    return retry_pending()


def rebuild_database(log=logger.info):
    """Rebuild every SearchEntry and the vocabulary from the providers; returns the number of entries."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
        for provider in registry.providers():
            batch = []
            for obj in provider.live_objects().iterator(chunk_size=500):
                batch.extend(build_entries(provider, obj))
            SearchEntry.objects.bulk_create(batch, batch_size=500)
            remember_terms(batch)
            count += len(batch)
            log(f"{provider.name}: {len(batch)} documents")
    return count


def rebuild_elasticsearch(on_chunk=None):
    """Stream every stored entry into a new Elasticsearch index and swap the alias; clears the queue."""
    from .elastic.indices import rebuild

    result = rebuild(SearchEntry.objects.order_by("pk").iterator(chunk_size=1000), on_chunk=on_chunk)
    PendingIndexUpdate.objects.all().delete()
    page_cache.content_changed()
    return result


def rebuild_all(log=logger.info):
    """The database index from the providers, then Elasticsearch from it when configured."""
    count = rebuild_database(log)
    if elasticsearch_enabled():
        name, indexed, seconds = rebuild_elasticsearch()
        log(f"Elasticsearch: {indexed} documents into {name} in {seconds:.1f}s; alias swapped")
    return count
