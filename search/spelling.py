"""Spelling suggestions from the indexed vocabulary: "phan mme" → "phan mem"."""

from .models import SearchTerm

MAX_CANDIDATES = 20_000


def edit_distance(first, second, limit=2):
    """Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1 then)."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def known(word):
    return SearchTerm.objects.filter(term=word).exists()


def closest(word):
    """The vocabulary word nearest to `word` (one edit, two for long words), or None."""
    limit = 1 if len(word) < 7 else 2
    candidates = SearchTerm.objects.filter(length__gte=len(word) - limit, length__lte=len(word) + limit)
    best, best_distance = None, limit + 1
    for term in candidates.values_list("term", flat=True)[:MAX_CANDIDATES]:
        distance = edit_distance(word, term, limit)
        if distance < best_distance or (distance == best_distance and best is not None and term < best):
            best, best_distance = term, distance
    return best if best_distance <= limit else None


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
