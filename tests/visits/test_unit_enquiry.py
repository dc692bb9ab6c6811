"""Office unit enquiries: from a unit's page to the land officers' inbox and e-mail, with the unit attached,
as parcel enquiries are; bad input keeps what was typed; an unknown or unpublished unit is not found."""

from decimal import Decimal

from django.core import mail

import pytest

from land.visits import services
from land.visits.models import Enquiry, EnquiryKind
from tests.factories.accounts import StaffFactory
from tests.factories.land import BuildingFactory, UnitFactory

pytestmark = pytest.mark.django_db

QUESTION = {"name": "Võ Thị Lan", "email": "lan.vo@example.com", "message": "Có chỗ đậu xe máy không?"}


@pytest.fixture
def office_pages(site_tree):
    from land.demo.offices import seed_office_pages

    return seed_office_pages(site_tree)


@pytest.fixture
def units(db):
    tower = BuildingFactory(code="T1")
    return {
        "office": UnitFactory(building=tower, code="T1-201", area_m2=Decimal("120")),
        "draft": UnitFactory(building=tower, code="T1-301", live=False),
    }


def test_the_unit_page_offers_a_question_about_it_in_both_languages(client, office_pages, units):
    page = client.get("/en/offices/t1-201/").content.decode()
    assert 'href="/en/visits/enquiry/office/t1-201/"' in page and "Ask about this office unit" in page
    assert "Hỏi về văn phòng này" in client.get("/vi/van-phong/t1-201/").content.decode()
    form = client.get("/vi/visits/enquiry/office/t1-201/").content.decode()
    assert "Hỏi về văn phòng T1-201" in form and 'href="/vi/van-phong/t1-201/"' in form


def test_a_question_about_a_unit_reaches_every_land_officer_with_the_unit_attached(
    client, office_pages, units, django_capture_on_commit_callbacks
):
    StaffFactory(groups=["Land officer"], email="officer@dalat-park.example")
    StaffFactory(groups=["Editor"], email="editor@dalat-park.example")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/visits/enquiry/office/t1-201/", QUESTION)
    assert response.status_code == 302 and response["Location"] == "/en/offices/t1-201/"
    enquiry = Enquiry.objects.get()
    assert (enquiry.kind, enquiry.unit_code, enquiry.parcel_code) == (EnquiryKind.UNIT, "T1-201", "")
    recipients = [message.to[0] for message in mail.outbox]
    assert "officer@dalat-park.example" in recipients and "editor@dalat-park.example" not in recipients
    message = next(message for message in mail.outbox if message.to == ["officer@dalat-park.example"])
    assert "T1-201" in message.subject and "văn phòng" in message.subject  # the officer reads Vietnamese
    assert "Có chỗ đậu xe máy không?" in message.body and "/vi/van-phong/t1-201/" in message.body


def test_an_incomplete_question_keeps_what_was_typed_and_says_what_is_wrong_in_vietnamese(client, office_pages, units):
    response = client.post("/vi/visits/enquiry/office/t1-201/", {**QUESTION, "email": "không-phải-địa-chỉ"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Có chỗ đậu xe máy không?" in page and "Võ Thị Lan" in page
    assert "Nhập địa chỉ email." in page  # Django's own Vietnamese message
    assert not Enquiry.objects.exists()


def test_an_unknown_or_unpublished_unit_is_not_found(client, office_pages, units):
    assert client.get("/en/visits/enquiry/office/t9-999/").status_code == 404
    assert client.get("/en/visits/enquiry/office/t1-301/").status_code == 404
    with pytest.raises(services.VisitError, match="There is no office unit T1-301"):
        services.send_unit_enquiry("t1-301", name="A", email="a@example.com", message="?")
