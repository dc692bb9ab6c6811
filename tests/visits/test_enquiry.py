"""Parcel enquiries: from a parcel's page to the land officers' inbox and e-mail, with the parcel
attached; rate-limited; robots get nothing through."""

from django.core import mail
from django.core.cache import cache

import pytest

from land.visits.models import Enquiry
from tests.factories.accounts import StaffFactory

pytestmark = pytest.mark.django_db

QUESTION = {"name": "Võ Thị Lan", "email": "lan.vo@example.com", "message": "Có thể thuê 30 năm không?"}


def test_the_parcel_page_offers_a_visit_and_a_question_about_it(client, parcels, land_pages):
    page = client.get("/en/land/a-1/").content.decode()
    assert 'href="/en/visits/?parcel=A-1"' in page
    assert 'href="/en/visits/enquiry/a-1/"' in page
    assert "Hỏi về lô đất này" in client.get("/vi/quy-dat/a-1/").content.decode()


def test_an_enquiry_reaches_every_land_officer_with_the_parcel_attached(
    client, parcels, land_pages, land_officer, django_capture_on_commit_callbacks
):
    StaffFactory(groups=["Editor"], email="editor@dalat-park.example")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/visits/enquiry/a-1/", QUESTION)
    assert response.status_code == 302 and response["Location"] == "/en/land/a-1/"
    enquiry = Enquiry.objects.get()
    assert enquiry.parcel_code == "A-1" and enquiry.language == "en"
    recipients = [message.to[0] for message in mail.outbox]
    assert "officer@dalat-park.example" in recipients and "editor@dalat-park.example" not in recipients
    message = next(message for message in mail.outbox if message.to == ["officer@dalat-park.example"])
    body = message.body
    assert "A-1" in message.subject
    assert "Có thể thuê 30 năm không?" in body and "lan.vo@example.com" in body
    assert "/vi/quy-dat/a-1/" in body  # the officer reads it in their language, with the parcel's page


def test_an_incomplete_enquiry_keeps_what_was_typed_and_says_what_is_missing(client, parcels, land_pages):
    response = client.post("/en/visits/enquiry/a-1/", {**QUESTION, "email": "not-an-address"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a valid email address." in page and "Có thể thuê 30 năm không?" in page
    assert not Enquiry.objects.exists()


def test_an_enquiry_about_an_unknown_parcel_is_not_found(client, parcels):
    assert client.get("/en/visits/enquiry/z-99/").status_code == 404


def test_a_robot_filling_the_hidden_field_sends_nothing(client, parcels, land_pages, land_officer):
    response = client.post("/en/visits/enquiry/a-1/", {**QUESTION, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Enquiry.objects.exists() and not mail.outbox


def test_enquiries_are_rate_limited_with_the_translated_429_page(client, parcels, land_pages, settings):
    settings.RATELIMIT_ENABLE = True
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "parcel_enquiry": "2/h"}
    cache.clear()
    statuses = [client.post("/vi/visits/enquiry/a-1/", QUESTION).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert Enquiry.objects.count() == 2
    cache.clear()
