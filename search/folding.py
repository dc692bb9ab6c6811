"""Vietnamese-aware text folding, done in Python so every Elasticsearch install and the database agree.

`fold("Đà Lạt")` → "da lat": case-folded, canonically decomposed (NFD), every combining mark dropped,
đ/Đ mapped to d. The Elasticsearch used in tests has no asciifolding analyzer, so the index stores
folded copies of the text fields (`*_folded`) and query text is folded the same way.
"""

from core.search_text import fold, tokens

__all__ = ["fold", "spaced", "tokens"]


def spaced(text):
    """Folded words joined by single spaces with a space on each side, for word-prefix `contains` lookups."""
    words = tokens(text)
    return f" {' '.join(words)} " if words else ""
