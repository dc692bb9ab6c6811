"""The parcel page in both languages: facts, prices in both currencies, plan, neighbours, links."""

from decimal import Decimal
from unittest import mock

import pytest

from home.models import CurrencySettings
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parcel(land_pages):
    settings = CurrencySettings.load()
    settings.usd_to_vnd = Decimal("25000")
    settings.save()
    zone = ZoneFactory(code="A", name_vi="Khu A – Văn phòng", name_en="Zone A – Offices")
    for number in range(1, 7):
        ParcelFactory(zone=zone, code=f"A-{number}")
    return ParcelFactory(
        zone=zone,
        code="A-12",
        area_m2=Decimal("2000"),
        lease_price_usd=Decimal("3.20"),
        summary_vi="Lô đất bằng phẳng gần hồ.",
        summary_en="A level parcel near the lake.",
        notes_en="Access from the north road.",
    )


def test_the_english_page_shows_specification_prices_and_terms(client, parcel):
    response = client.get("/en/land/a-12/")
    assert response.status_code == 200
    text = response.text
    assert "<h1>Parcel A-12</h1>" in text
    assert "A level parcel near the lake." in text
    assert "3.20 USD/m²/year" in text
    assert "≈ 80,000 ₫" in text  # 3.20 × 25,000
    assert "6,400 USD/year" in text  # 2,000 m² × 3.20
    assert "50 years" in text
    assert "400 kVA" in text
    assert "Access from the north road." in text


def test_the_vietnamese_page_uses_the_vietnamese_texts(client, parcel):
    response = client.get("/vi/quy-dat/a-12/")
    assert response.status_code == 200
    assert "Lô đất bằng phẳng gần hồ." in response.text
    assert "Khu A – Văn phòng" in response.text
    assert 'href="/en/land/a-12/"' in response.text


def test_the_small_plan_highlights_the_parcel_and_lists_neighbours(client, parcel):
    response = client.get("/en/land/a-12/")
    plan = response.context["plan"]
    assert [shape.code for shape in plan.parcels] == ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-12"]
    assert 'aria-current="page"' in response.text
    assert 'aria-label="A-12, Software &amp; R&amp;D office, 2,000 m², available"' in response.text
    assert len(response.context["neighbours"]) == 4
    assert parcel.code not in [other.code for other in response.context["neighbours"]]


def test_an_upper_case_code_redirects_to_the_lower_case_address(client, parcel):
    response = client.get("/en/land/A-12/")
    assert response.status_code == 301
    assert response["Location"] == "/en/land/a-12/"


@pytest.mark.parametrize("path", ["/en/land/a-99/", "/en/land/zz-1/", "/en/land/b-1/"])
def test_unknown_or_unpublished_parcels_are_not_found(client, parcel, path):
    ParcelFactory(zone=ZoneFactory(code="B"), code="B-1", live=False)
    assert client.get(path).status_code == 404


def test_the_parcel_actions_slot_receives_the_parcel_and_land_names_no_action_itself(client, parcel):
    from core import slots

    received = {}

    def context(request, parcel=None, **kwargs):
        received["code"] = parcel.code
        return {"label": "Ask about this parcel"}

    provider = slots.SlotProvider(key="test", template="land/test_action.html", get_context=context)
    slots.register("parcel_actions", provider)
    try:
        with mock.patch("core.slots.render_to_string", return_value="<a>Ask about this parcel</a>"):
            response = client.get("/en/land/a-12/")
    finally:
        slots._slots["parcel_actions"].pop("test")
    assert received == {"code": "A-12"}
    assert "<a>Ask about this parcel</a>" in response.text


def test_the_talent_pipeline_slot_receives_the_parcel(client, parcel):
    from core import slots

    received = {}

    def context(request, parcel=None, **kwargs):
        received["code"] = parcel.code
        return None

    slots.register("parcel_talent_pipeline", slots.SlotProvider(key="test", template="x.html", get_context=context))
    try:
        client.get("/en/land/a-12/")
    finally:
        slots._slots["parcel_talent_pipeline"].pop("test")
    assert received == {"code": "A-12"}
