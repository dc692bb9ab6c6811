"""Elasticsearch stops while visitors search: every search still answers (from the database, with a
discreet notice), readiness says "degraded", an editor's change is saved and queued, and after the
restart the retry command brings Elasticsearch up to date."""

import itertools
import json
import time
from urllib.parse import urlencode

import pytest
import requests

from .traffic import Loop, Recorder, Visitor

pytestmark = pytest.mark.faults

NOTICE = "Search is running in a simplified mode"
NEW_TITLE = "Hydrangea innovation quarter"
NONCES = itertools.count()
QUERIES = [("en", "software park"), ("vi", "phần mềm"), ("en", "training"), ("vi", "da lat"), ("en", "about")]


def search_url(language, words, kind="search"):
    """A search address no one asked before (an ignored `n`), so the page cache cannot answer in the
    search backend's place: every request of the stream really searches."""
    path = "search/suggest/" if kind == "suggest" else "search/"
    return f"/{language}/{path}?{urlencode({'q': words, 'n': next(NONCES)})}"


def searcher(site, recorder):
    """One visitor searching and typing in the search box, over and over."""
    visitor = Visitor(site, recorder)
    queries = itertools.cycle(QUERIES)

    def step():
        language, words = next(queries)
        visitor.get(f"search-{language}", search_url(language, words))
        visitor.get("suggest", search_url(language, words[:4], "suggest"))

    return step


def search_for_new_title(visitor):
    return visitor.get("search-en", search_url("en", "hydrangea"))


def wait_until_elasticsearch_finds(visitor, seconds=15):
    """The refresh interval makes a fresh write searchable within about a second; wait a little longer."""
    deadline = time.monotonic() + seconds
    while True:
        answer = search_for_new_title(visitor)
        if (NOTICE not in answer.body and NEW_TITLE in answer.body) or time.monotonic() > deadline:
            return answer
        time.sleep(0.5)


def elasticsearch_titles(node, words):
    response = requests.get(
        f"{node.url}/faults_content/_search", params={"q": f"title:{words}", "_source": "title"}, timeout=10
    )
    return [hit["_source"]["title"] for hit in response.json()["hits"]["hits"]]


def wait_for_answers(recorder, kind, count, seconds=60):
    deadline = time.monotonic() + seconds
    while len(recorder.of(kind)) < count and time.monotonic() < deadline:
        time.sleep(0.2)


def during(recorder, kinds, start, end):
    return [a for a in recorder.answers if a.kind in kinds and recorder.marks[start] <= a.started < recorder.marks[end]]


def test_searches_fall_back_while_elasticsearch_is_down_and_the_index_catches_up_after_restart(
    live_site, private_elasticsearch
):
    recorder = Recorder()
    visitor = Visitor(live_site, recorder)
    loops = [Loop(searcher(live_site, recorder), pause=0.25) for _number in range(3)]
    for loop in loops:
        loop.start()
    try:
        wait_for_answers(recorder, "search-en", 4)  # a few searches answered by Elasticsearch first
        recorder.mark("stopping")
        private_elasticsearch.stop()
        recorder.mark("down")
        readiness = visitor.get("readyz", "/readyz")
        published = live_site.ctl(
            "publish-title", "--page-id", str(live_site.info["about"]["id"]), "--title", NEW_TITLE
        )
        status_while_down = live_site.manage("search_index", "--status").stdout
        found_while_down = search_for_new_title(visitor)
        time.sleep(2)  # visitors keep searching during the outage
        recorder.mark("restarting")
        private_elasticsearch.start()
        private_elasticsearch.wait_until_healthy()
        recorder.mark("up")
        retry = live_site.manage("search_index", "--retry", check=False)
        found_after = wait_until_elasticsearch_finds(visitor)
        readiness_after = visitor.get("readyz", "/readyz")
        time.sleep(1)
        recorder.mark("end")
    finally:
        for loop in loops:
            loop.stop()
        if not private_elasticsearch.healthy():
            private_elasticsearch.start()
            private_elasticsearch.wait_until_healthy()

    searches = recorder.of()
    assert searches and [a for a in searches if a.status != 200] == [], "every request answered 200"
    assert len(during(recorder, {"search-en", "search-vi", "suggest"}, "down", "restarting")) >= 6
    assert [a.path for a in during(recorder, {"search-en"}, "down", "restarting") if NOTICE not in a.body] == []
    before = [a for a in recorder.of("search-en") if a.started + a.took < recorder.marks["stopping"]]
    assert before and not any(NOTICE in a.body for a in before), "Elasticsearch answered before the outage"
    assert json.loads(readiness.body)["search"]["status"] == "degraded"
    assert published["live"] and published["title"] == NEW_TITLE and published["pending_index_updates"] >= 1
    assert "pending Elasticsearch updates: 0" not in status_while_down
    assert NOTICE in found_while_down.body and NEW_TITLE in found_while_down.body, "the database still finds it"
    assert retry.returncode == 0 and "0 still pending" in retry.stdout, retry.stdout + retry.stderr
    assert NOTICE not in found_after.body and NEW_TITLE in found_after.body, "Elasticsearch answers and finds it"
    assert NEW_TITLE in elasticsearch_titles(private_elasticsearch, "hydrangea")
    assert json.loads(readiness_after.body)["search"]["status"] == "ok"
