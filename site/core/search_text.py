"""Helpers providers use to turn rich content into plain searchable text."""

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
