"""Searching and suggesting through elasticsearch-dsl, with the same semantics as the database path."""

import datetime

from django.conf import settings

from elasticsearch_dsl import A, Q, Search

from core import search_registry as registry
from search.backend import get_client
from search.database import RawResults
from search.query import FACETS, RESULTS_PER_PAGE

from .indices import alias_name

MAX_FACET_VALUES = 50
SOURCE_FIELDS = ["provider", "object_key", "kind", "language", "title", "url", "summary", "body", "code_raw", "date"]
SOURCE_FIELDS += ["area", "price", "category", "zone", "land_use", "parcel_status", "programme", "year"]


class Hit:
    """A search hit with the attributes of a SearchEntry, so templates treat both paths alike."""

    def __init__(self, doc_id, source):
        self.doc_id = doc_id
        for name in SOURCE_FIELDS:
            setattr(self, name, source.get(name))
        self.code = self.code_raw or ""
        self.summary = self.summary or ""
        self.body = self.body or ""
        self.date = datetime.date.fromisoformat(self.date) if self.date else None  # stored as ISO text


MATCH_FIELDS = ["title_folded^3", "summary_folded^2", "keywords_folded^2", "body_folded", "code_folded^4"]
SHORT_FIELDS = [
    "title_folded^2",
    "summary_folded",
    "keywords_folded",
]  # typos: short fields only (fuzzy bodies are slow)
INTENT_BOOST = 3  # the query names a kind among other words
STRONG_INTENT_BOOST = 12  # the query is only the name of a kind ("đất", "certificate")


def _slot_query(slot, last):
    """One term of the query: typed (one typo allowed, or the start of the last word) or as a synonym."""
    should = []
    for alternative in slot.alternatives:
        phrase = " ".join(alternative)
        should.append(Q("multi_match", query=phrase, type="phrase", fields=MATCH_FIELDS))
    typed = " ".join(slot.words)
    if len(slot.words) == 1:
        should.append(Q("multi_match", query=typed, fields=SHORT_FIELDS, fuzziness="AUTO", prefix_length=1))
    if last:
        should.append(Q("multi_match", query=typed, type="phrase_prefix", fields=["title_folded", "body_folded"]))
    return Q("bool", should=should, minimum_should_match=1)


def _matches(request):
    """Every term must match, as typed or through one of its synonyms (search/data/lexicon.toml)."""
    slots = request.understanding.slots
    return Q("bool", must=[_slot_query(slot, index == len(slots) - 1) for index, slot in enumerate(slots)])


def _boosts(request):
    """Title above body, the exact accented title above the folded one, codes above everything, and
    the kind the query names (intent) above other kinds."""
    understanding = request.understanding
    boosts = [
        Q("match_phrase", title={"query": request.text, "boost": 8}),
        Q("match", title={"query": request.text, "operator": "and", "boost": 4}),
        Q("match_phrase", title_folded={"query": request.folded, "boost": 6}),
        Q("match", title_folded={"query": request.folded, "boost": 3}),
        Q("match", summary_folded={"query": request.folded, "boost": 1.5}),
        Q("term", code={"value": request.text.lower(), "boost": 30}),
        Q("term", **{"title.raw": {"value": request.text, "boost": 5}}),
    ]
    for slot in understanding.slots:
        phrases = [" ".join(alternative) for alternative in slot.alternatives[1:]]
        boosts += [Q("match_phrase", title_folded={"query": phrase, "boost": 2}) for phrase in phrases]
    if understanding.providers:
        boost = STRONG_INTENT_BOOST if understanding.names_a_kind else INTENT_BOOST
        boosts.append(Q("constant_score", filter=Q("terms", provider=list(understanding.providers)), boost=boost))
    return boosts


def relevance_query(request):
    """The scored query: matching words, boosts, and a light decay boost for recent news."""
    query = Q("bool", must=[_matches(request)], should=_boosts(request))
    recent = [provider.kind for provider in registry.providers() if getattr(provider, "recency_boost", False)]
    functions = [{"weight": 1}]
    if recent:
        decay = {"date": {"origin": "now", "scale": "180d", "decay": 0.5}}
        functions.append({"filter": Q("terms", kind=recent).to_dict(), "gauss": decay, "weight": 0.3})
    return Q("function_score", query=query, functions=functions, score_mode="sum", boost_mode="multiply")


def _language_sort(language):
    """Sort on the language keyword so the visitor's language comes first (the site has two languages)."""
    codes = sorted(code for code, _name in settings.LANGUAGES)
    return {"language": {"order": "asc" if language == codes[0] else "desc"}}


def build_search(request):
    """The elasticsearch-dsl Search for `request`: query, post-filter, per-facet aggregations, sort, page."""
    search = Search(using=get_client(), index=alias_name()).extra(track_total_hits=True)
    if request.words:
        search = search.query(relevance_query(request))
    filters = {field: Q("terms", **{field: values}) for field, values in request.filters.items()}
    if filters:
        search = search.post_filter(Q("bool", filter=list(filters.values())))
    for facet in FACETS:
        # Each facet counts under the other facets' filters (so a chosen value's siblings stay
        # visible); with none, the plain terms aggregation avoids a per-document filter step.
        others = [query for field, query in filters.items() if field != facet.field]
        values = A("terms", field=facet.field, size=MAX_FACET_VALUES)
        if others:
            search.aggs.bucket(facet.field, "filter", Q("bool", filter=others)).bucket("values", values)
        else:
            search.aggs.bucket(facet.field, values)
    sort = [_language_sort(request.language)]
    sort += ["_score"] if request.words else []
    sort += [{"date": {"order": "desc", "missing": "_last"}}, "title.raw"]
    search = search.sort(*sort).source(SOURCE_FIELDS)
    return search[request.offset : request.offset + RESULTS_PER_PAGE]


def search(request):
    """One page of results and facet counts from Elasticsearch."""
    response = build_search(request).execute()
    facets = {}
    for facet in FACETS:
        aggregation = response.aggregations[facet.field]
        filtered = any(field != facet.field for field in request.filters)  # wrapped in a filter bucket
        buckets = (aggregation["values"] if filtered else aggregation)["buckets"]
        facets[facet.field] = {bucket["key"]: bucket["doc_count"] for bucket in buckets if bucket["key"]}
    entries = [Hit(hit.meta.id, hit.to_dict()) for hit in response.hits]
    return RawResults(entries=entries, total=response.hits.total.value, facets=facets)


def suggest(request, limit=10):
    """Completion suggestions in the visitor's language for the folded query (prefix of any title word)."""
    if not request.folded:
        return []
    completion = {
        "field": "suggest",
        "size": limit,
        "skip_duplicates": True,
        "contexts": {"language": [request.language]},
    }
    search = Search(using=get_client(), index=alias_name()).source(["title", "url", "kind"])
    search = search.suggest("titles", request.folded, completion=completion)
    options = search.execute().suggest["titles"][0]["options"]
    suggestions, seen = [], set()
    for option in options:
        source = option["_source"]
        if source["title"] not in seen:
            seen.add(source["title"])
            suggestions.append({"title": source["title"], "url": source["url"], "kind": source["kind"]})
    return suggestions[:limit]


def correction(request):
    """The query with unknown words replaced by Elasticsearch's term suggestions, or None when nothing changes."""
    if not request.words:
        return None
    options = {"field": "body_folded", "suggest_mode": "missing", "size": 1, "min_word_length": 3, "prefix_length": 1}
    search = Search(using=get_client(), index=alias_name()).extra(size=0)
    search = search.suggest("spelling", " ".join(request.words), term=options)
    corrected, changed = [], False
    for entry in search.execute().suggest["spelling"]:
        found = entry["options"]
        corrected.append(found[0]["text"] if found else entry["text"])
        changed = changed or bool(found)
    return " ".join(corrected) if changed else None
