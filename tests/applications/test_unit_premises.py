"""Applying for an office unit instead of land: the unit page's button, the premises step's unit choices
with their yearly cost, and submission with a unit only."""

from django.utils import translation

import pytest

from core.formatting import format_number
from investors.applications.models import ApplicationStatus, InvestmentApplication
from land import services as land_services
from land.demo.offices import seed_office_pages
from tests.factories.accounts import UserFactory
from tests.factories.applications import pdf_upload
from tests.factories.land import BuildingFactory, UnitFactory

from .test_journey import COMPANY, PROJECT

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit(site_tree):
    seed_office_pages(site_tree)
    return UnitFactory(building=BuildingFactory(code="T1"), code="T1-201")


@pytest.mark.parametrize(
    ("language", "offices_path", "label"),
    [("en", "offices", "Apply for this unit"), ("vi", "van-phong", "Đăng ký thuê văn phòng này")],
)
def test_an_available_unit_page_offers_to_apply_for_it_and_a_leased_one_does_not(
    client, unit, language, offices_path, label
):
    leased = UnitFactory(building=unit.building, code="T1-202", status="leased")
    page = client.get(f"/{language}/{offices_path}/t1-201/").content.decode()
    assert f'<a class="button" href="/{language}/apply/?unit=T1-201">{label}</a>' in page
    page = client.get(f"/{language}/{offices_path}/{leased.code.lower()}/").content.decode()
    assert "/apply/?unit=" not in page and label not in page


@pytest.mark.parametrize("language", ["en", "vi"])
def test_an_investor_applies_for_an_office_unit_alone_and_submits(client, unit, language):
    client.force_login(UserFactory(preferred_language=language))
    base = client.get(f"/{language}/apply/?unit=t1-201")["Location"].rsplit("step/", 1)[0]
    application = InvestmentApplication.objects.get()
    assert application.unit_codes == ["T1-201"]
    assert client.post(base + "step/company/", COMPANY)["Location"].endswith("step/project/")
    assert client.post(base + "step/project/", PROJECT)["Location"].endswith("step/land/")
    step = client.get(base + "step/land/").content.decode()
    assert 'name="unit_codes" value="T1-201" checked' in step
    with translation.override(language):
        yearly = format_number(land_services.unit_cost("T1-201").yearly_cost_usd)
    assert yearly in step  # the unit's yearly cost (land.costs), written in the visitor's language
    assert client.post(base + "step/land/", {"unit_codes": ["T1-201"]})["Location"].endswith("step/documents/")
    for kind in ("registration", "proposal", "financial"):
        client.post(base + "step/documents/", {"kind": kind, "file": pdf_upload(f"{kind}.pdf")})
    review = client.get(base + "step/review/").content.decode()
    assert "T1-201" in review
    client.post(base + "step/review/", {"consent": "on"})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.unit_codes == ["T1-201"] and application.parcel_codes == []


def test_the_premises_step_refuses_nothing_chosen_and_an_unknown_unit(client, unit):
    client.force_login(UserFactory(preferred_language="en"))
    base = client.get("/en/apply/")["Location"].rsplit("step/", 1)[0]
    empty = client.post(base + "step/land/", {})
    assert "Choose at least one parcel or office unit, or give the area you need." in empty.content.decode()
    unknown = client.post(base + "step/land/", {"unit_codes": ["T9-999"]})
    assert unknown.status_code == 200 and "T9-999 is not one of the available choices" in unknown.content.decode()
    assert InvestmentApplication.objects.get().unit_codes == []


@pytest.mark.parametrize(("language", "heading"), [("en", "Premises"), ("vi", "Mặt bằng")])
def test_the_step_offering_parcels_and_units_is_named_premises_not_land(client, unit, language, heading):
    client.force_login(UserFactory(preferred_language=language))
    base = client.get(f"/{language}/apply/?unit=t1-201")["Location"].rsplit("step/", 1)[0]
    step = client.get(base + "step/land/").content.decode()
    assert f'<h2 id="step-heading">{heading}</h2>' in step
    review = client.get(base + "step/review/").content.decode()
    assert f"<h3>{heading}</h3>" in review  # the summary's section holding the requested units
