"""The Elasticsearch document: elasticsearch-dsl mapping of one SearchEntry.

Only core analyzers are used (`standard`), because the test cluster lacks analysis-common: folding
is done in Python into the `*_folded` fields. The completion field's inputs are folded too.
"""

from elasticsearch_dsl import Completion, Date, Document, Float, Keyword, Text

from search.folding import tokens

MAX_SUGGESTION_INPUTS = 8


class ContentDocument(Document):
    """One page, parcel or cohort in one language, as stored in the `<prefix>_content` alias."""

    provider = Keyword()
    object_key = Keyword()
    kind = Keyword()
    language = Keyword()
    title = Text(analyzer="standard", fields={"raw": Keyword(ignore_above=256)})
    title_folded = Text(analyzer="standard")
    summary = Text(analyzer="standard")
    summary_folded = Text(analyzer="standard")
    body = Text(analyzer="standard")
    body_folded = Text(analyzer="standard")
    keywords_folded = Text(analyzer="standard")
    code = Keyword()  # stored lower-cased for exact matching
    code_raw = Keyword(index=False)  # as written, for display
    code_folded = Text(analyzer="standard")
    url = Keyword(index=False)
    category = Keyword()
    zone = Keyword()
    land_use = Keyword()
    parcel_status = Keyword()
    programme = Keyword()
    year = Keyword()
    date = Date()
    area = Float()
    price = Float()
    suggest = Completion(
        analyzer="standard",
        search_analyzer="standard",
        max_input_length=100,
        contexts=[{"name": "language", "type": "category", "path": "language"}],
    )


def suggestion_inputs(entry):
    """Folded completion inputs: the whole title and the title from each later word, plus the code.

    So "phan" and "mem" both complete "Công viên phần mềm Đà Lạt", with or without diacritics.
    """
    words = tokens(entry.title)
    inputs = [" ".join(words[start:]) for start in range(min(len(words), MAX_SUGGESTION_INPUTS))]
    if entry.code:
        inputs.append(" ".join(tokens(entry.code)))
    return [value for value in dict.fromkeys(inputs) if value]


def source_for(entry):
    """The Elasticsearch `_source` of one SearchEntry."""
    return {
        "provider": entry.provider,
        "object_key": entry.object_key,
        "kind": entry.kind,
        "language": entry.language,
        "title": entry.title,
        "title_folded": entry.title_folded.strip(),
        "summary": entry.summary,
        "summary_folded": entry.summary_folded.strip(),
        "body": entry.body,
        "body_folded": entry.text_folded.strip(),
        "keywords_folded": " ".join(tokens(entry.keywords)),
        "code": entry.code.lower(),
        "code_raw": entry.code,
        "code_folded": entry.code_folded.strip(),
        "url": entry.url,
        "category": entry.category,
        "zone": entry.zone,
        "land_use": entry.land_use,
        "parcel_status": entry.parcel_status,
        "programme": entry.programme,
        "year": entry.year,
        "date": entry.date.isoformat() if entry.date else None,
        "area": float(entry.area) if entry.area is not None else None,
        "price": float(entry.price) if entry.price is not None else None,
        "suggest": {"input": suggestion_inputs(entry), "contexts": {"language": [entry.language]}},
    }


def index_body():
    """Settings and mappings for a new index; ELASTICSEARCH_REPLICAS copies of each shard (1+ in a cluster)."""
    from django.conf import settings

    replicas = getattr(settings, "ELASTICSEARCH_REPLICAS", 0)
    return {
        "settings": {"number_of_shards": 1, "number_of_replicas": replicas, "refresh_interval": "1s"},
        "mappings": ContentDocument._doc_type.mapping.to_dict(),
    }
