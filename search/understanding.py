"""What a query means beyond its words: synonyms across languages, question words, and intent.

The lexicon is data (`search/data/lexicon.toml`). `understand(text)` turns a visitor's query into
slots — one per query term, each with the phrases that may stand for it — and the providers whose
results the query asks for ("land" → parcels and the land page). Both backends build their queries
from the slots, so a query behaves the same on Elasticsearch and on the database.
"""

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .folding import fold, tokens

LEXICON = Path(__file__).resolve().parent / "data" / "lexicon.toml"
MAX_PHRASE = 5  # longest lexicon term, in words


@dataclass(frozen=True)
class Slot:
    """One term of the query: the words typed, and every phrase (folded words) that may stand for it."""

    words: tuple  # folded words as typed
    alternatives: tuple  # tuples of folded words, the typed ones first
    expanded: bool = False  # True when the lexicon added alternatives

    @property
    def prefix_ok(self):
        """A single typed word may match the start of a longer word ("invest" → "investment")."""
        return len(self.words) == 1


@dataclass(frozen=True)
class Understanding:
    slots: tuple
    providers: tuple  # intent: providers whose results the query names, first named first

    @property
    def names_a_kind(self):
        """True when the query only names things the lexicon knows and one of them is a kind
        ("thuê đất", "khoá học", "certificate"): its intent then outranks word matches."""
        return bool(self.providers) and all(slot.expanded for slot in self.slots)

    def readings(self):
        """Whole-query phrasings (folded, spaced) when the query is one term: its typed form and synonyms."""
        if len(self.slots) != 1:
            return []
        return [f" {' '.join(alternative)} " for alternative in self.slots[0].alternatives]


@dataclass(frozen=True)
class _Group:
    phrases: tuple  # folded phrases (tuples of words)
    providers: tuple


def _lower_words(text):
    """Lower-cased words keeping diacritics (so thuê and thuế stay apart)."""
    return tuple(fold_word.lower() for fold_word in _split(text))


def _split(text):
    import re

    return re.findall(r"\w+", str(text).casefold())


@lru_cache(maxsize=1)
def lexicon():
    """({accented phrase: [groups]}, {folded phrase: [groups]}, stopword phrases (folded))."""
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    exact, folded = {}, {}
    for entry in data.get("synonyms", []):
        terms = entry["terms"]
        group = _Group(
            phrases=tuple(dict.fromkeys(tuple(tokens(term)) for term in terms if tokens(term))),
            providers=tuple(entry.get("providers", [])),
        )
        for term in terms:
            exact.setdefault(_lower_words(term), []).append(group)
            folded.setdefault(tuple(tokens(term)), []).append(group)
    stopwords = {tuple(tokens(word)) for word in data.get("stopwords", [])}
    return exact, folded, stopwords


def _groups_at(raw, folded_words, start):
    """The longest lexicon phrase starting at `start`: (length, groups), or (0, [])."""
    exact, folded, _stop = lexicon()
    for length in range(min(MAX_PHRASE, len(folded_words) - start), 0, -1):
        accented = tuple(raw[start : start + length])
        plain = tuple(folded_words[start : start + length])
        typed_without_marks = all(fold(word) == word for word in accented)
        if not typed_without_marks and accented in exact:
            return length, exact[accented]
        if plain in folded and (typed_without_marks or accented not in exact):
            # typed without diacritics (or an accented spelling the lexicon lacks): every reading
            return length, folded[plain]
    return 0, []


def _stopword_at(folded_words, start):
    _exact, _folded, stopwords = lexicon()
    for length in range(min(3, len(folded_words) - start), 0, -1):
        if tuple(folded_words[start : start + length]) in stopwords:
            return length
    return 0


def understand(text, max_words=12):
    """The slots and intent of `text` (a cleaned query)."""
    raw = _split(text)
    folded_words = [fold(word) for word in raw]
    if len(raw) != len(folded_words) or [w for w in folded_words if not w]:
        raw, folded_words = folded_words, folded_words
    raw, folded_words = raw[:max_words], folded_words[:max_words]
    content = _drop_stopwords(raw, folded_words)
    if content:
        raw, folded_words = content
    slots, providers = [], []
    start = 0
    while start < len(folded_words):
        length, groups = _groups_at(raw, folded_words, start)
        if not length:
            word = (folded_words[start],)
            slots.append(Slot(words=word, alternatives=(word,)))
            start += 1
            continue
        typed = tuple(folded_words[start : start + length])
        alternatives = [typed]
        for group in groups:
            alternatives.extend(group.phrases)
            providers.extend(group.providers)
        slots.append(Slot(words=typed, alternatives=tuple(dict.fromkeys(alternatives)), expanded=True))
        start += length
    return Understanding(slots=tuple(slots), providers=tuple(dict.fromkeys(providers)))


def _drop_stopwords(raw, folded_words):
    """The words without question words, or None when nothing else would remain."""
    keep_raw, keep_folded, start = [], [], 0
    while start < len(folded_words):
        length = _stopword_at(folded_words, start)
        if length:
            start += length
            continue
        keep_raw.append(raw[start])
        keep_folded.append(folded_words[start])
        start += 1
    if not keep_folded or len(keep_folded) == len(folded_words):
        return None
    return keep_raw, keep_folded
