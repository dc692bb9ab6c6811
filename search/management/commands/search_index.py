"""`python manage.py search_index --rebuild | --retry | --status`."""

from django.core.management.base import BaseCommand, CommandError

from search.backend import elasticsearch_enabled, search_backend_status
from search.indexing import rebuild_all, retry_pending
from search.models import PendingIndexUpdate, SearchEntry


class Command(BaseCommand):
    help = "Rebuild the search indexes with an alias swap, or replay queued Elasticsearch updates."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--rebuild", action="store_true", help="Rebuild the database index and Elasticsearch.")
        group.add_argument("--retry", action="store_true", help="Replay updates Elasticsearch missed.")
        group.add_argument("--status", action="store_true", help="Show the backend, entries and queue length.")

    def handle(self, *args, **options):
        if options["rebuild"]:
            count = rebuild_all(log=self.stdout.write)
            self.stdout.write(self.style.SUCCESS(f"Indexed {count} documents."))
        elif options["retry"]:
            self._retry()
        else:
            status = search_backend_status()
            self.stdout.write(f"backend: {status['backend']} ({status['status']})")
            self.stdout.write(f"database entries: {SearchEntry.objects.count()}")
            self.stdout.write(f"pending Elasticsearch updates: {PendingIndexUpdate.objects.count()}")

    def _retry(self):
        if not elasticsearch_enabled():
            raise CommandError("ELASTICSEARCH_URL is not set: there is nothing to retry.")
        succeeded, remaining = retry_pending()
        self.stdout.write(f"Replayed {succeeded} updates; {remaining} still pending.")
        if remaining:
            raise CommandError("Elasticsearch is still unavailable for some updates.")
