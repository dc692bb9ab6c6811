"""Helpers providers use to turn rich content into plain searchable text."""

import re
import unicodedata

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from wagtail.rich_text import RichText


def plain(value):
    """Plain text of a string, rich-text HTML or RichText, with tags removed and whitespace collapsed."""
    if isinstance(value, RichText):
        value = value.source
    return " ".join(strip_tags(normalize_newlines(str(value or ""))).split())


def stream_text(stream_value):
    """The searchable text of a StreamField value (headings, paragraphs, captions, FAQ…)."""
    if not stream_value:
        return ""
    pieces = stream_value.stream_block.get_searchable_content(stream_value)
    return " ".join(plain(piece) for piece in pieces if piece)


def join(*parts):
    """Non-empty parts joined by spaces."""
    return " ".join(str(part) for part in parts if part)


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


class FoldedSearchText:
    """For Wagtail's own (admin) search: `folded_search_text()` holds the listed fields without
    diacritics, so staff typing "mien tien thue dat" find "Miễn tiền thuê đất". Add
    `index.SearchField("folded_search_text")` to the model's `search_fields`."""

    folded_search_sources = ("title",)

    def folded_search_text(self):
        return " ".join(tokens(" ".join(plain(getattr(self, name, "") or "") for name in self.folded_search_sources)))
