"""Background work: replay Elasticsearch writes that failed while it was down."""

from django_tasks import task

from .indexing import retry_pending


@task()
def retry_pending_index_updates():
    """Replay the PendingIndexUpdate queue; returns how many succeeded and how many remain."""
    succeeded, remaining = retry_pending()
    return {"succeeded": succeeded, "remaining": remaining}
