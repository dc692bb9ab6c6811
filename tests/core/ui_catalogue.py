"""The English interface strings of the catalogues the admin uses, and the visible text of an admin page.

A page "shows English" when one of its visible texts (a text node, or a placeholder, title, aria-label,
alt or button value, or a label of the sidebar menu) is exactly an English msgid of a catalogue in use
(Django's, Wagtail's, wagtail-localize's, allauth's and the project's own), while the Vietnamese for that
msgid differs from it. Nothing here is a hand-kept list of English words.
"""

import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings

import polib
from bs4 import BeautifulSoup

# Packages whose catalogues the admin renders strings from.
PACKAGES = ("django", "wagtail", "wagtail_localize", "allauth", "modelcluster", "taggit")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
WORD = re.compile(r"[A-Za-z]{3,}")  # "st", "nd" (ordinal suffixes) are not words


def catalogue_files(language):
    """The `language` .po files of the packages above and of this repository."""
    import importlib

    files = []
    for name in PACKAGES:
        root = Path(importlib.import_module(name).__file__).parent
        files += sorted(root.glob(f"**/locale/{language}/LC_MESSAGES/django.po"))
    base = Path(settings.BASE_DIR)
    files += [
        path
        for path in sorted(base.glob(f"**/locale/{language}/LC_MESSAGES/django.po"))
        if not {".venv", "node_modules"} & set(path.parts)
    ]
    return files


def _pattern(msgid):
    parts = PLACEHOLDER.split(msgid)
    return re.compile(r".+?".join(re.escape(part) for part in parts)) if len(parts) > 1 else None


@cache
def english_msgids():
    """{msgid: compiled pattern or None}: English interface strings that must not be shown in Vietnamese.

    The msgids come from the English catalogues (the complete list of a package's strings; Wagtail's
    Vietnamese catalogue holds a seventh of them) and the Vietnamese ones. Kept: msgids with a word of
    three letters or more, except those a Vietnamese catalogue deliberately leaves unchanged ("Email")."""
    same_in_vietnamese = set()
    for path in catalogue_files("vi"):
        for entry in polib.pofile(str(path)):
            if entry.translated() and " ".join(entry.msgstr.split()) == " ".join(entry.msgid.split()):
                same_in_vietnamese.add(" ".join(entry.msgid.split()))
    msgids = {}
    for path in catalogue_files("en") + catalogue_files("vi"):
        for entry in polib.pofile(str(path)):
            texts = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
            for text in texts:
                text = " ".join(text.split())
                if text in msgids or text in same_in_vietnamese or not WORD.search(PLACEHOLDER.sub("", text)):
                    continue
                msgids[text] = _pattern(text)
    return msgids


def visible_texts(html):
    """Texts a person sees or hears on the page: text nodes, some attributes, the sidebar's labels."""
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    sidebar = soup.find("script", id="wagtail-sidebar-props")
    if sidebar is not None:
        texts += list(_labels(json.loads(sidebar.string or "{}")))
    for element in soup(["script", "style", "textarea"]):  # a textarea holds what someone typed
        element.decompose()
    for element in soup.find_all(attrs={"hidden": True}):  # not shown until a script fills it in
        element.decompose()
    body = soup.body or soup
    title = soup.find("title")
    if title is not None:
        texts.append(title.get_text())
    texts += [str(node) for node in body.find_all(string=True)]
    for element in body.find_all(True):
        texts += [element[attribute] for attribute in ATTRIBUTES if element.get(attribute)]
        if element.name in ("input", "button") and element.get("type") in ("submit", "button") and element.get("value"):
            texts.append(element["value"])
    return [" ".join(text.split()) for text in texts if text.strip()]


def _labels(props):
    if isinstance(props, dict):
        for key, value in props.items():
            if key == "label" and isinstance(value, str):
                yield value
            else:
                yield from _labels(value)
    elif isinstance(props, list):
        for value in props:
            yield from _labels(value)


def english_on_page(html, allowed=()):
    """The visible texts of `html` that are English interface strings, each once."""
    msgids = english_msgids()
    found = []
    for text in visible_texts(html):
        if text in allowed or text in found:
            continue
        if text in msgids or any(pattern and pattern.fullmatch(text) for pattern in _patterns_for(text)):
            found.append(text)
    return found


def _patterns_for(text):
    # Placeholder msgids are few next to plain ones; test them all (cached list).
    return _placeholder_patterns()


@cache
def _placeholder_patterns():
    return [pattern for pattern in english_msgids().values() if pattern is not None]
