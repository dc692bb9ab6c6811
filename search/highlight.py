"""Snippets with the visitor's words marked: everything escaped except our own <mark> tags.

Matching is done on folded text, so "phan mem" marks "phần mềm"; a per-character map from the
folded text back to the original keeps the original spelling in the snippet.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import fold

SNIPPET_LENGTH = 240


def _folded_with_map(text):
    """(folded text, index in `text` of each folded character)."""
    folded, origin = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            origin.append(index)
    return "".join(folded), origin


def _spans(text, words):
    """(start, end) spans in `text` of words starting with one of the folded `words`."""
    if not words or not text:
        return []
    folded, origin = _folded_with_map(text)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")"
    )
    spans = []
    for match in pattern.finditer(folded):
        start = origin[match.start()]
        end = origin[match.end() - 1] + 1
        while end < len(text) and not fold(text[end]):  # keep trailing combining marks with their letter
            end += 1
        spans.append((start, end))
    return spans


def highlight(text, words):
    """`text` escaped, with each matched word wrapped in <mark>."""
    text = text or ""
    pieces, cursor = [], 0
    for start, end in _spans(text, words):
        if start < cursor:
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece above is escaped


def snippet(summary, body, words, length=SNIPPET_LENGTH):
    """The summary, or the body around the first matched word, shortened and highlighted."""
    if summary and (_spans(summary, words) or not body):
        return highlight(_shorten(summary, 0, length), words)
    spans = _spans(body, words)
    start = max(0, spans[0][0] - length // 3) if spans else 0
    text = _shorten(body or summary or "", start, length)
    return highlight(text, words)


def _shorten(text, start, length):
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    piece = text[start : start + length]
    if start + length < len(text):
        cut = piece.rfind(" ")
        piece = (piece[:cut] if cut > length // 2 else piece) + "…"
    return ("…" if start > 0 else "") + piece
