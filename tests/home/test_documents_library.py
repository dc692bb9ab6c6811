"""The documents library and the FAQ page: files listed with type, size and date, filtered by type, in
the reader's language, found by site search, in a constant number of queries; the demo fills both."""

import datetime
from urllib.parse import quote

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.formats import date_format

from wagtail.documents import get_document_model

import pytest

from core.seeding import SeedContext
from home.demo.library import seed_faq_and_library
from home.models import DocumentLibraryPage, LibraryDocument, StandardPage
from tests.factories.investors import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(site_tree):
    page_vi = DocumentLibraryPage(title="Thư viện tài liệu", slug="tai-lieu", locale=site_tree["vi"].locale)
    site_tree["vi"].add_child(instance=page_vi)
    page_vi.save_revision().publish()
    page_en = translate_page(page_vi, "en", slug="documents", title="Documents library")
    return {"vi": page_vi, "en": page_en}


def add_document(title_en, kind="form", size=2048, title_vi=None, date=datetime.date(2026, 3, 2)):
    document = get_document_model()(title=title_en)
    document.file.save(f"{kind}.pdf", ContentFile(b"%" * size), save=False)
    document.save()
    return LibraryDocument.objects.create(
        title_vi=title_vi or f"{title_en} (vi)", title_en=title_en, kind=kind, document=document, published_on=date
    )


def test_each_document_shows_its_type_size_and_date_with_a_download_link(client, library):
    document = add_document("Land lease form", size=2048)

    html = client.get("/en/documents/").content.decode()

    assert "Land lease form" in html
    assert f'href="{document.document.url}"' in html
    assert '<td data-label="Type">Form</td>' in html
    assert "2.0\xa0KB" in html
    with translation.override("en"):
        assert date_format(datetime.date(2026, 3, 2), "SHORT_DATE_FORMAT") in html


def test_filtering_by_type_shows_only_that_type(client, library):
    add_document("Land lease form", kind="form")
    add_document("Zoning plan", kind="planning_map")

    html = client.get("/en/documents/?type=planning_map").content.decode()

    assert "Zoning plan" in html and "Land lease form" not in html
    assert '<option value="planning_map" selected>' in html


def test_an_unknown_type_shows_every_document(client, library):
    add_document("Land lease form", kind="form")
    add_document("Zoning plan", kind="planning_map")

    html = client.get("/en/documents/?type=%3Cscript%3E").content.decode()
    main = html.split("<main")[-1].split("</main>")[0]

    assert "Land lease form" in main and "Zoning plan" in main and "2 documents" in main
    assert "<script>" not in main and " selected>" not in main  # "All types" stays the choice shown


def test_the_vietnamese_library_shows_vietnamese_titles_and_labels(client, library):
    add_document("Zoning plan", kind="planning_map", title_vi="Bản đồ quy hoạch phân khu")

    html = client.get("/vi/tai-lieu/").content.decode()

    assert "Bản đồ quy hoạch phân khu" in html and "Zoning plan" not in html
    assert "Bản đồ quy hoạch" in html and "Kích thước" in html


def test_the_list_takes_the_same_number_of_queries_for_two_or_twelve_documents(client, library):
    for number in range(2):
        add_document(f"Form {number}")
    client.get("/en/documents/")  # warm caches of the site and locale
    with CaptureQueriesContext(connection) as few:
        client.get("/en/documents/")
    for number in range(2, 12):
        add_document(f"Form {number}")
    with CaptureQueriesContext(connection) as many:
        html = client.get("/en/documents/").content.decode()

    assert "Form 11" in html
    assert len(many) == len(few)


def test_a_library_document_is_found_by_site_search_in_both_languages(
    client, library, django_capture_on_commit_callbacks, settings
):
    settings.ELASTICSEARCH_URL = ""  # the database index, written at once (tests/search covers Elasticsearch)
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document("Zoning plan", kind="planning_map", title_vi="Bản đồ quy hoạch phân khu")
    link = quote(document.document.url, safe="")

    english = client.get("/en/search/?q=zoning").content.decode()
    vietnamese = client.get("/vi/search/?q=ban do quy hoach").content.decode()

    assert "<mark>Zoning</mark> plan" in english and link in english
    assert "phân khu" in vietnamese and link in vietnamese


def test_the_demo_faq_and_library_exist_in_both_languages_and_seeding_again_adds_nothing(client, site_tree):
    context = SeedContext(homes=site_tree)
    seed_faq_and_library(context)
    counts = (LibraryDocument.objects.count(), StandardPage.objects.count())
    seed_faq_and_library(context)

    assert (LibraryDocument.objects.count(), StandardPage.objects.count()) == counts
    assert {"form", "template", "legal_text", "planning_map"} <= set(
        LibraryDocument.objects.values_list("kind", flat=True)
    )
    faq_en = client.get("/en/faq/").content.decode()
    faq_vi = client.get("/vi/hoi-dap/").content.decode()
    assert "<details" in faq_en and "Can I rent office space instead of leasing land?" in faq_en
    assert "<details" in faq_vi and "Có thể thuê văn phòng thay vì thuê đất không?" in faq_vi
    assert "Zoning plan of the software park" in client.get("/en/documents/").content.decode()
    assert "Bản đồ quy hoạch phân khu" in client.get("/vi/tai-lieu/").content.decode()


def test_the_list_takes_the_same_number_of_queries_for_10_or_200_documents(client, library):
    for number in range(10):
        add_document(f"Form {number}")
    client.get("/en/documents/")  # warm caches of the site and locale
    with CaptureQueriesContext(connection) as few:
        client.get("/en/documents/?page=1")
    for number in range(10, 200):
        add_document(f"Form {number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/documents/?page=1")
    assert response.context["documents"].paginator.count == 200
    assert len(many) == len(few)
