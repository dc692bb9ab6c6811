"""The public transparency page: both languages, accessible charts, the CSV, caching and query counts."""

import csv
import io
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape

import pytest

from core.seeding import SeedContext
from transparency.demo.seeding import seed_transparency
from transparency.models import Target, TransparencyPage
from transparency.services import format_value

from .conftest import decided_files, parcels, registrations

pytestmark = pytest.mark.django_db


@pytest.fixture
def transparency(site_tree):
    seed_transparency(SeedContext(homes=site_tree))
    return site_tree


def test_the_page_lives_at_both_language_addresses_with_every_target(client, transparency):
    english = client.get("/en/transparency/")
    vietnamese = client.get("/vi/minh-bach/")
    assert english.status_code == 200 and vietnamese.status_code == 200
    for target in Target.objects.all():
        assert escape(target.name_en) in english.content.decode()
        assert escape(target.name_vi) in vietnamese.content.decode()
    assert "Targets" in english.content.decode()
    assert "Mục tiêu" in vietnamese.content.decode()


def test_every_chart_has_a_title_a_description_and_a_data_table(client, transparency):
    decided_files(2)
    html = client.get("/en/transparency/").content.decode()
    charts = re.findall(r'<svg class="chart__svg".*?</svg>\s*<div class="table-scroll">\s*<table', html, re.S)
    assert charts, "the page shows charts"
    assert len(charts) == html.count('<svg class="chart__svg"')
    for chart in charts:
        assert 'role="img"' in chart
        assert re.search(r"<title id=\"[\w-]+-title\">[^<]+</title>", chart)
        assert re.search(r"<desc id=\"[\w-]+-desc\">2025: [^<]+</desc>", chart)


def test_progress_is_given_in_words_not_only_as_a_bar(client, transparency):
    decided_files(3)
    html = client.get("/en/transparency/").content.decode()
    assert "Progress: 100% of the target" in html
    assert "Target met" in html


def _csv(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_has_the_same_measured_values_and_date_as_the_page(client, transparency):
    decided_files(3)
    parcels(2)
    html = client.get("/en/transparency/").content.decode()
    rows = _csv(client, "/en/transparency/figures.csv")
    targets = [row for row in rows if row["section"] == "target"]
    assert len(targets) == Target.objects.count()
    with translation.override("en"):
        for row in targets:
            shown = format_value(row["value"], row["unit"]) if row["value"] else "—"
            assert f'<dd class="target__measured">{shown}</dd>' in html
    stamp = re.search(r'<time datetime="([^"]+)"', html).group(1)
    assert {row["computed_at"][:16] for row in rows} == {stamp[:16]}


def test_the_vietnamese_csv_is_reachable_from_the_vietnamese_page(client, transparency):
    html = client.get("/vi/minh-bach/").content.decode()
    assert 'href="/vi/minh-bach/figures.csv"' in html
    rows = _csv(client, "/vi/minh-bach/figures.csv")
    assert any(row["name"].startswith("Trên 90%") for row in rows)


def _page_queries(client):
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/transparency/").status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_data(client, transparency):
    decided_files(2)
    parcels(2)
    registrations(2)
    few = _page_queries(client)
    decided_files(30, year=2024, country="JP")
    parcels(30, zone_code="B", status="reserved")
    registrations(30)
    assert _page_queries(client) == few


def test_figures_are_cached_and_a_target_edit_clears_the_cache(client, transparency):
    client.get("/en/transparency/")
    with CaptureQueriesContext(connection) as cached:
        client.get("/en/transparency/")
    target = Target.objects.first()
    target.name_en = "A renamed target"
    target.save()
    assert "A renamed target" in client.get("/en/transparency/").content.decode()
    assert _page_queries(client) > len(cached)


def test_a_target_edit_reaches_anonymous_visitors_of_the_cached_page_at_once(client, transparency, settings):
    settings.PAGE_CACHE_TIMEOUT = 300
    client.get("/en/transparency/")
    assert client.get("/en/transparency/").headers["X-Cache"] == "hit"
    target = Target.objects.first()
    target.name_en = "A renamed target"
    target.save()
    response = client.get("/en/transparency/")
    assert response.headers["X-Cache"] == "miss"
    assert "A renamed target" in response.content.decode()


def test_the_page_type_is_only_allowed_once_under_a_home_page(transparency):
    assert TransparencyPage.objects.count() == 2
    assert TransparencyPage.parent_page_types == ["home.HomePage"]
    assert TransparencyPage.max_count_per_parent == 1


def test_seeding_twice_changes_nothing(transparency):
    targets = list(Target.objects.values_list("pk", "name_vi"))
    seed_transparency(SeedContext(homes=transparency))
    assert list(Target.objects.values_list("pk", "name_vi")) == targets
    assert TransparencyPage.objects.count() == 2
    english = TransparencyPage.objects.get(locale__language_code="en")
    assert (english.slug, english.show_in_menus) == ("transparency", True)
