"""PostgreSQL only: the pg_trgm extension and a trigram index on the vocabulary, for spelling corrections.

On SQLite both steps do nothing (search.spelling uses a bounded difflib comparison there).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "search_searchterm_term_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchterm USING gin (term gin_trgm_ops)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
    ]
