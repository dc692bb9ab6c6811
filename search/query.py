"""A visitor's search request, read defensively from the query string.

Whatever arrives (20,000 characters, NUL bytes, Elasticsearch syntax, unknown filters, page 10^30)
becomes a valid SearchRequest plus translated notices explaining what was adjusted.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import search_registry as registry

from .folding import tokens
from .understanding import understand

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 12
MAX_PAGE = 1000
RESULTS_PER_PAGE = 10
VALUE_PATTERN = re.compile(r"^[\w.-]{1,64}$")


@dataclass(frozen=True)
class Facet:
    """A filter visitors can narrow by: its URL parameter, index field and heading."""

    param: str
    field: str
    label: str


FACETS = [
    Facet("type", "kind", gettext_lazy("Type")),
    Facet("category", "category", gettext_lazy("Policy category")),
    Facet("zone", "zone", gettext_lazy("Zone")),
    Facet("land_use", "land_use", gettext_lazy("Land use")),
    Facet("status", "parcel_status", gettext_lazy("Parcel status")),
    Facet("programme", "programme", gettext_lazy("Programme")),
    Facet("year", "year", gettext_lazy("Year")),
]


def facet_value_labels(facet):
    """{value: label} a facet can take, in the active language."""
    if facet.param == "type":
        return {kind: capfirst(label) for kind, label in registry.kind_labels().items()}
    if facet.param == "year":
        return {}
    return registry.facet_labels(facet.field)


@dataclass
class SearchRequest:
    """What to search: cleaned text, its folded words, the language, the chosen facet values, the page."""

    text: str = ""
    language: str = "vi"
    filters: dict = field(default_factory=dict)  # index field -> [values]
    page: int = 1
    notices: list = field(default_factory=list)

    @property
    def words(self):
        return tokens(self.text)[:MAX_TOKENS]

    @cached_property
    def understanding(self):
        """Slots (typed terms with their synonyms) and intent (providers named), see search.understanding."""
        return understand(self.text, MAX_TOKENS)

    @property
    def folded(self):
        return " ".join(self.words)

    @property
    def offset(self):
        return (self.page - 1) * RESULTS_PER_PAGE


def clean_text(raw):
    """Drop control and format characters (NUL included), collapse spaces, keep at most 200 characters."""
    text = "".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in raw)
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return text[:MAX_QUERY_LENGTH], len(text) > MAX_QUERY_LENGTH


def parse_request(params, language):
    """A SearchRequest from request.GET; notices say what was shortened or ignored."""
    text, shortened = clean_text(params.get("q", ""))
    request = SearchRequest(text=text, language=language)
    if shortened:
        request.notices.append(
            _("Your search was shortened to its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
        )
    if text and not request.words:
        request.notices.append(_("Type words or a code (such as A-12) to search; symbols alone find nothing."))
    request.filters = _read_filters(params, request.notices)
    request.page = _read_page(params.get("page", "1"), request.notices)
    return request


def _read_filters(params, notices):
    filters = {}
    for facet in FACETS:
        values = [value for value in params.getlist(facet.param) if value][:20]
        if not values:
            continue
        known = facet_value_labels(facet)
        accepted = [value for value in dict.fromkeys(values) if _acceptable(facet, value, known)]
        if len(accepted) < len(set(values)):
            notices.append(_("An unknown “%(facet)s” filter was ignored.") % {"facet": facet.label})
        if accepted:
            filters[facet.field] = accepted
    return filters


def _acceptable(facet, value, known):
    if not VALUE_PATTERN.match(value):
        return False
    if facet.param == "year":
        return value.isdigit() and len(value) == 4
    return value in known


def _read_page(raw, notices):
    try:
        page = int(str(raw).strip()[:12])
    except ValueError:
        notices.append(_("That page number is not valid; showing the first page."))
        return 1
    if page < 1:
        notices.append(_("That page number is not valid; showing the first page."))
        return 1
    return min(page, MAX_PAGE)
