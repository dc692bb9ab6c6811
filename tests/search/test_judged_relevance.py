"""The judged query set (search/relevance/judgements.toml) on the demo content: MRR and recall@5 on the
database fallback and on Elasticsearch must stay at or above their targets (docs/search.md).

The demo is seeded once for this module inside an outer transaction that is rolled back at the end
(each test runs in a savepoint inside it), and the module's tests share one xdist worker.
"""

import io
import uuid

from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import transaction

import pytest

from search.relevance.evaluate import TARGETS, load_judgements, run

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("judged_relevance")]


@pytest.fixture(scope="module")
def demo_index(django_db_setup, django_db_blocker):
    """The full demo seeded and indexed once (Elasticsearch too, under a private prefix, when configured)."""
    from search.elastic.indices import drop_all

    previous_prefix = django_settings.ELASTICSEARCH_INDEX_PREFIX
    if django_settings.ELASTICSEARCH_URL:
        django_settings.ELASTICSEARCH_INDEX_PREFIX = f"test_{uuid.uuid4().hex[:12]}"
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("seed_demo", stdout=io.StringIO())  # its last step rebuilds both indexes
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            if django_settings.ELASTICSEARCH_URL:
                drop_all()
            django_settings.ELASTICSEARCH_INDEX_PREFIX = previous_prefix


def explain(report):
    lines = [report.summary()]
    for outcome in report.misses()[:15]:
        judgement = outcome.judgement
        lines.append(f"  rank {outcome.rank}: [{judgement.language}] {judgement.query!r} → {outcome.keys[:5]}")
    return "\n".join(lines)


def test_the_judged_set_has_eighty_queries_in_both_languages_with_codes_and_typos():
    judgements = load_judgements()
    assert len(judgements) >= 80
    by_language = {language: [j for j in judgements if j.language == language] for language in ("vi", "en")}
    assert min(len(found) for found in by_language.values()) >= 40
    assert any(j.query == "thuê văn phòng" for j in judgements) and any(j.query == "apply" for j in judgements)
    assert sum("Typo" in j.note for j in judgements) >= 5
    assert sum("code" in j.note for j in judgements) >= 6


def test_judged_queries_reach_the_target_on_the_database(demo_index, settings):
    settings.ELASTICSEARCH_URL = ""
    report = run()
    assert report.backend == "database"
    assert report.mrr >= TARGETS["database"], explain(report)
    assert report.recall_at_5 >= 0.6, explain(report)


@pytest.mark.elasticsearch
def test_judged_queries_reach_the_target_on_elasticsearch(demo_index):
    report = run()
    assert report.backend == "elasticsearch", "Elasticsearch did not answer every query"
    assert report.mrr >= TARGETS["elasticsearch"], explain(report)
    assert report.recall_at_5 >= 0.6, explain(report)
