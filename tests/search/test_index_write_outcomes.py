"""Which Elasticsearch bulk outcomes are failures worth an operator's attention."""

from search.elastic.indices import _already_absent


def test_deleting_a_document_that_was_never_indexed_is_not_a_failure():
    assert _already_absent({"delete": {"_id": "policy:7:en", "status": 404, "result": "not_found"}})


def test_a_rejected_write_is_a_failure():
    assert not _already_absent({"index": {"_id": "policy:7:en", "status": 400, "error": {"type": "mapper_parsing"}}})
    assert not _already_absent({"delete": {"_id": "policy:7:en", "status": 503}})
