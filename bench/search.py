"""Search benchmark: Elasticsearch indexing throughput and query latency at 50,000 documents,
side by side with the database fallback. Run on demand (not by the test suite):

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/search.py [--documents 50000]
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/search.py --relevance

`--relevance` instead seeds the demo into a throw-away database and prints MRR and recall@5 of the
judged query set (search/relevance/judgements.toml) on the database and on Elasticsearch.

Uses a throw-away SQLite file and a throw-away index prefix; both are deleted afterwards.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

VI_TEXT = (
    "phần mềm công viên đà lạt lâm đồng đầu tư ưu đãi thuế thu nhập doanh nghiệp miễn tiền thuê đất "
    "trung tâm dữ liệu đào tạo lập trình viên chuyên gia công nghệ thông tin nhập khẩu thiết bị hạ tầng "
    "điện cáp quang nước văn phòng nội dung số gia công xuất khẩu hồ sơ trực tuyến thủ tục giấy phép"
)
EN_TEXT = (
    "software park dalat investment incentive corporate income tax land rent exemption data centre training "
    "developer expert information technology import equipment infrastructure power fibre water office digital "
    "content outsourcing export online procedure licence application parcel zone programme cohort"
)
WORDS_VI, WORDS_EN = VI_TEXT.split(), EN_TEXT.split()
QUERIES = [
    ("vi", "phan mem"),
    ("vi", "đà lạt"),
    ("vi", "thue thu nhap doanh nghiep"),
    ("vi", "trung tâm dữ liệu"),
    ("en", "corporate income tax"),
    ("en", "data centre"),
    ("en", "software developer training"),
    ("en", "A-12"),
    ("vi", "lap trinh"),
    ("en", "land rent exemption"),
]


def setup_django(database_file, app="search"):
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database_file}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", *([app] if app else []), verbosity=0)


def synthetic_entries(count, seed=16):
    from core import search_registry as registry
    from core.search_registry import SearchDocument
    from search.entries import entry_for

    chooser = random.Random(seed)
    kinds = list(registry.providers())
    entries = []
    for number in range(count):
        language = "vi" if number % 2 else "en"
        words = WORDS_VI if language == "vi" else WORDS_EN
        provider = kinds[number % len(kinds)]
        code = f"{chooser.choice('ABCDE')}-{number % 400 + 1}"
        document = SearchDocument(
            language=language,
            title=" ".join(chooser.choices(words, k=5)).capitalize(),
            url=f"/{language}/bench/{number}/",
            summary=" ".join(chooser.choices(words, k=20)),
            body=" ".join(chooser.choices(words, k=150)),
            code=code,
            zone=code[0],
            category=chooser.choice(["tax", "land", "labour", "import", "procedures"]),
        )
        entries.append(entry_for(provider, f"bench{number}", document))
    return entries


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return statistics.median(ordered), p95


def measure_database(rounds):
    from search import database
    from search.query import SearchRequest

    timings = []
    for _round in range(rounds):
        for language, text in QUERIES:
            started = time.perf_counter()
            database.search(SearchRequest(text=text, language=language))
            timings.append((time.perf_counter() - started) * 1000)
    return percentiles(timings)


def measure_elasticsearch(rounds):
    from search.elastic.queries import build_search
    from search.query import SearchRequest

    server, client = [], []
    for _round in range(rounds):
        for language, text in QUERIES:
            started = time.perf_counter()
            response = build_search(SearchRequest(text=text, language=language)).execute()
            client.append((time.perf_counter() - started) * 1000)
            server.append(response.took)
    return percentiles(server), percentiles(client)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the 10 benchmark queries")
    parser.add_argument("--relevance", action="store_true", help="MRR and recall@5 of the judged query set")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="search-bench-") as scratch:
        setup_django(Path(scratch) / "bench.sqlite3", app=None if options.relevance else "search")
        relevance() if options.relevance else run(options)


def relevance():
    """Seed the demo, then print the judged set's MRR and recall@5 per backend, and the misses."""
    import io

    from django.conf import settings
    from django.core.management import call_command

    from search.relevance.evaluate import TARGETS
    from search.relevance.evaluate import run as evaluate

    url = settings.ELASTICSEARCH_URL
    if url:
        settings.ELASTICSEARCH_INDEX_PREFIX = f"bench_{uuid.uuid4().hex[:8]}"
    try:
        print("Seeding the demo…")
        call_command("seed_demo", stdout=io.StringIO())
        backends = [("database", "")] + ([("elasticsearch", url)] if url else [])
        for name, backend_url in backends:
            settings.ELASTICSEARCH_URL = backend_url
            report = evaluate()
            print(f"{report.summary()} (target MRR ≥ {TARGETS[name]})")
            for outcome in report.misses():
                judgement = outcome.judgement
                print(f"  rank {outcome.rank}: [{judgement.language}] {judgement.query!r} → {list(outcome.keys[:3])}")
        if not url:
            print("ELASTICSEARCH_URL is not set: Elasticsearch figures skipped.")
    finally:
        if url:
            from search.elastic.indices import drop_all

            settings.ELASTICSEARCH_URL = url
            drop_all()


def run(options):
    from django.conf import settings

    from search.models import SearchEntry

    print(f"Generating {options.documents:,} synthetic documents…")
    entries = synthetic_entries(options.documents)
    started = time.perf_counter()
    SearchEntry.objects.bulk_create(entries, batch_size=2000)
    print(f"database: stored {len(entries):,} entries in {time.perf_counter() - started:.1f}s")
    db_p50, db_p95 = measure_database(options.rounds)
    print(f"database: query p50 {db_p50:.1f} ms, p95 {db_p95:.1f} ms")
    rows = [("database fallback (SQLite)", f"{db_p50:.1f}", f"{db_p95:.1f}", "-")]
    if settings.ELASTICSEARCH_URL:
        settings.ELASTICSEARCH_INDEX_PREFIX = f"bench_{uuid.uuid4().hex[:8]}"
        from search.elastic.indices import drop_all, rebuild

        try:
            name, count, seconds = rebuild(iter(entries))
            print(
                f"elasticsearch: indexed {count:,} documents into {name} "
                f"in {seconds:.1f}s = {count / seconds:,.0f} docs/s"
            )
            (server_p50, server_p95), (client_p50, client_p95) = measure_elasticsearch(options.rounds)
            rows.append(("elasticsearch (server took)", f"{server_p50:.1f}", f"{server_p95:.1f}", ""))
            rows.append(("elasticsearch (round trip)", f"{client_p50:.1f}", f"{client_p95:.1f}", ""))
        finally:
            drop_all()
    else:
        print("ELASTICSEARCH_URL is not set: Elasticsearch figures skipped.")
    print(f"\nQuery latency over {options.rounds * len(QUERIES)} queries at {options.documents:,} documents (ms):")
    print(f"{'backend':32} {'p50':>8} {'p95':>8}")
    for label, p50, p95, _note in rows:
        print(f"{label:32} {p50:>8} {p95:>8}")


if __name__ == "__main__":
    main()
