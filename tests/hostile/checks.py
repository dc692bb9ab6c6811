"""What every response to hostile input must satisfy: no server error, messages in the page's language,
and what was typed kept in the re-rendered form."""

import functools
import re
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from django.utils.html import escape

REPOSITORY = Path(__file__).resolve().parents[2]
# Files whose gettext strings are error messages or notices a visitor can meet on a form or a filter.
MESSAGE_SOURCES = [
    "site/accounts/forms.py",
    "investors/forms.py",
    "investors/applications/forms.py",
    "investors/applications/documents.py",
    "investors/applications/services.py",
    "investors/applications/views/wizard.py",
    "investors/applications/views/account.py",
    "training/forms.py",
    "training/services.py",
    "training/views/public.py",
    "land/filters.py",
    "land/views/compare.py",
    "search/query.py",
]
# The same, in the libraries behind the forms (allauth's sign-up/sign-in, Django's fields and validators).
LIBRARY_SOURCES = [
    ("allauth", "account/adapter.py"),
    ("allauth", "account/forms.py"),
    ("django", "forms/fields.py"),
    ("django", "forms/forms.py"),
    ("django", "core/validators.py"),
    ("django", "contrib/auth/password_validation.py"),
]
# Plural (ngettext) messages the pattern below does not see.
PLURAL_MESSAGES = [
    "Ensure this value has at most",
    "Ensure this value has at least",
    "This password is too short",
    "Password must be a minimum of",
]
GETTEXT_CALL = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*[,)]""")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
# Fragments that also occur in page chrome or in data, so their presence proves nothing.
IGNORED = {"This field is required."}


@dataclass(frozen=True)
class Language:
    """A page language: its code and URL prefix."""

    code: str

    @property
    def prefix(self):
        return f"/{self.code}/"

    def __str__(self):
        return self.code


def _library_file(package, relative):
    return Path(find_spec(package).submodule_search_locations[0]) / relative


def _fragments(message):
    """The longest literal piece of a message between its placeholders (what a page shows verbatim)."""
    message = message.replace("%%", "%")
    pieces = [piece.strip(" .:“”\"'") for piece in PLACEHOLDER.split(message)]
    longest = max(pieces, key=len)
    return longest if len(longest) >= 18 and " " in longest else None


@functools.cache
def english_messages():
    """English error messages and notices of every public form and filter (fragments without placeholders)."""
    paths = [REPOSITORY / path for path in MESSAGE_SOURCES]
    paths += [_library_file(package, relative) for package, relative in LIBRARY_SOURCES]
    found = set(PLURAL_MESSAGES)
    for path in paths:
        for match in GETTEXT_CALL.finditer(path.read_text(encoding="utf-8")):
            text = (match.group(1) or match.group(2)).replace('\\"', '"').replace("\\'", "'")
            fragment = _fragments(text)
            if fragment and fragment not in IGNORED:
                found.add(fragment)
    return sorted(found)


def describe(response, sent):
    exc = getattr(response, "exc_info", None)
    cause = f"{exc[0].__name__}: {exc[1]}" if exc else ""
    return f"{response.status_code} for {sent!r:.600} {cause:.600}"


def assert_no_server_error(response, sent):
    """Never a 5xx; the failure names the input that caused it and the exception."""
    assert response.status_code < 500, describe(response, sent)


def page_text(response):
    content = getattr(response, "content", b"")
    return content.decode("utf-8", "replace") if content else ""


def assert_in_language(response, language, sent=None):
    """On a Vietnamese page no English error message or notice appears."""
    if str(language) != "vi":
        return
    text = page_text(response)
    leaked = [message for message in english_messages() if message in text]
    assert not leaked, f"English messages on a Vietnamese page for {sent!r:.300}: {leaked}"


def assert_kept(response, value):
    """The typed value is back in the re-rendered form (escaped as the template escapes it)."""
    text = page_text(response)
    assert escape(value) in text or escape(value.strip()) in text, f"typed value lost: {value!r:.200}"
