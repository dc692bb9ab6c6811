"""Spelling corrections from the indexed vocabulary ("phan mme" → "phan mem"), by the database's own means.

Elasticsearch corrects through its term suggester (search.elastic.queries.correction). The database
path asks PostgreSQL's trigram similarity (`pg_trgm`, enabled by migration 0002 with a trigram index
on the vocabulary) for the nearest known word; SQLite, the embedded default, compares the word with
the few known words of the same length that share its first letter or its last two letters, using
difflib — a bounded handful per word, never a scan of the vocabulary.
"""

import difflib

from django.db import connection

from .models import SearchTerm

MIN_SIMILARITY = 0.3  # pg_trgm word similarity below which a word is not a correction
SQLITE_CANDIDATES = 400
SQLITE_CUTOFF = 0.7


def known(word):
    return SearchTerm.objects.filter(term=word).exists()


def _closest_postgresql(word):
    from django.contrib.postgres.search import TrigramSimilarity

    limit = 1 if len(word) < 7 else 2
    candidate = (
        SearchTerm.objects.filter(length__gte=len(word) - limit, length__lte=len(word) + limit)
        .annotate(similarity=TrigramSimilarity("term", word))
        .filter(similarity__gte=MIN_SIMILARITY)
        .order_by("-similarity", "term")
        .values_list("term", flat=True)
        .first()
    )
    return candidate


def _closest_sqlite(word):
    limit = 1 if len(word) < 7 else 2
    candidates = list(
        SearchTerm.objects.filter(length__gte=len(word) - limit, length__lte=len(word) + limit)
        .filter(term__startswith=word[0])
        .values_list("term", flat=True)[:SQLITE_CANDIDATES]
    )
    candidates += list(
        SearchTerm.objects.filter(length__gte=len(word) - limit, length__lte=len(word) + limit)
        .filter(term__endswith=word[-2:])
        .values_list("term", flat=True)[:SQLITE_CANDIDATES]
    )
    matches = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=SQLITE_CUTOFF)
    return matches[0] if matches else None


def closest(word):
    """The known word nearest to `word`, or None."""
    if connection.vendor == "postgresql":
        return _closest_postgresql(word)
    return _closest_sqlite(word)


def correction(words):
    """The query with each unknown word replaced by its nearest known word, or None when nothing changes."""
    corrected, changed = [], False
    for word in words:
        if len(word) < 3 or word.isdigit() or known(word):
            corrected.append(word)
            continue
        replacement = closest(word)
        corrected.append(replacement or word)
        changed = changed or bool(replacement)
    return " ".join(corrected) if changed else None
