"""Whole-page cache for anonymous visitors of public pages (see docs/architecture.md, "Page cache").

Domain apps tell it which of their models show on public pages, from their AppConfig.ready():

    from core import page_cache
    page_cache.invalidate_on_change(Parcel, Zone)

Saving or deleting such a record, publishing, unpublishing, moving or deleting a page, or changing a
site setting moves the cache to a new *generation*, so every worker serves fresh pages at once.
Frequent minor changes (registrations changing the seats left) use `invalidate_soon_on_change`:
they are coalesced into one new generation per PAGE_CACHE_COALESCE_SECONDS.
"""

from .invalidation import content_changed, invalidate_on_change, invalidate_soon_on_change

__all__ = ["content_changed", "invalidate_on_change", "invalidate_soon_on_change"]
