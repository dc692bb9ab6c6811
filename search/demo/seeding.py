"""The demo's last seeding step: index everything the other steps created."""

from search.indexing import rebuild_all


def seed_search_index(context):
    """Rebuild the database index (and Elasticsearch when configured); idempotent by construction."""
    count = rebuild_all(log=context.log)
    context.log(f"search: {count} documents indexed")
