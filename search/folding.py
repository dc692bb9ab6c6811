"""Vietnamese-aware text folding, done in Python so every Elasticsearch install and the database agree.

`fold("Đà Lạt")` → "da lat": case-folded, canonically decomposed (NFD), every combining mark dropped,
đ/Đ mapped to d. The Elasticsearch used in tests has no asciifolding analyzer, so the index stores
folded copies of the text fields (`*_folded`) and query text is folded the same way.
"""

import re
import unicodedata

# Characters that survive NFD but still carry a diacritic Vietnamese readers ignore when typing.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i"})
_WORD = re.compile(r"\w+")


def fold(text):
    """Lower-case `text` and strip its diacritics: "Phần mềm ĐÀ LẠT" → "phan mem da lat"."""
    decomposed = unicodedata.normalize("NFD", str(text or "").casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.category(char).startswith("M"))
    return stripped.translate(_EXTRA)


def tokens(text):
    """The folded words of `text`, in order: "Lô A-12, Đà Lạt" → ["lo", "a", "12", "da", "lat"]."""
    return _WORD.findall(fold(text))


def spaced(text):
    """Folded words joined by single spaces with a space on each side, for word-prefix `contains` lookups."""
    words = tokens(text)
    return f" {' '.join(words)} " if words else ""
