"""The applicant's whole journey in both languages: wizard, errors that keep input, submission, answer."""

import pytest

from investors.applications.models import ApplicationStatus, InvestmentApplication
from land.demo.seeding import seed_pages
from tests.factories.accounts import UserFactory
from tests.factories.applications import move, officer, pdf_upload
from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db

COMPANY = {
    "company_name": "Công ty TNHH Phần mềm Thông Xanh",
    "country": "VN",
    "registration_number": "5800123456",
    "company_address": "1 Hùng Vương, Đà Lạt",
    "representative_name": "Trần Thị Bình",
    "contact_email": "binh@example.com",
    "contact_phone": "+84 263 382 0111",
}
PROJECT = {
    "sector": "software_production",
    "project_title": "Pine software centre",
    "description": "Mobile banking software for the region.",
    "capital_usd": "1500000",
    "staff_total": "80",
    "local_hires_pct": "60",
    "it_specialists": "50",
    "operation_start": "2027-09-01",
}


def walk_wizard(client, language, parcel_code):
    response = client.get(f"/{language}/apply/?parcel={parcel_code}")
    base = response["Location"].rsplit("step/", 1)[0]
    assert client.post(base + "step/company/", COMPANY)["Location"].endswith("step/project/")
    assert client.post(base + "step/project/", PROJECT)["Location"].endswith("step/land/")
    assert client.post(base + "step/land/", {"parcel_codes": [parcel_code]})["Location"].endswith("step/documents/")
    for kind in ("registration", "proposal", "financial"):
        client.post(base + "step/documents/", {"kind": kind, "file": pdf_upload(f"{kind}.pdf")})
    return base


@pytest.mark.parametrize(
    ("language", "heading", "submitted"),
    [("en", "Review and submit", "has been submitted"), ("vi", "Xem lại và nộp", "đã được nộp")],
)
def test_an_investor_applies_from_a_parcel_page_and_follows_the_file(client, site_tree, language, heading, submitted):
    parcel = ParcelFactory()
    client.force_login(UserFactory(preferred_language=language))
    base = walk_wizard(client, language, parcel.code)
    review = client.get(base + "step/review/")
    assert heading in review.content.decode() and parcel.code in review.content.decode()
    response = client.post(base + "step/review/", {"consent": "on"}, follow=True)
    application = InvestmentApplication.objects.get()
    assert application.status == ApplicationStatus.SUBMITTED and application.parcel_codes == [parcel.code]
    assert submitted in response.content.decode() and application.reference in response.content.decode()
    dashboard = client.get(f"/{language}/account/").content.decode()
    assert application.reference in dashboard


@pytest.mark.parametrize(
    ("language", "land_path", "label"),
    [("en", "land", "Apply for this parcel"), ("vi", "quy-dat", "Đăng ký thuê lô này")],
)
def test_an_available_parcel_page_offers_to_apply_for_it_and_a_leased_one_does_not(
    client, site_tree, language, land_path, label
):
    seed_pages(site_tree)
    available = ParcelFactory(status="available")
    leased = ParcelFactory(zone=available.zone, status="leased")
    page = client.get(f"/{language}/{land_path}/{available.code.lower()}/").content.decode()
    assert f'<a class="button" href="/{language}/apply/?parcel={available.code}">{label}</a>' in page
    page = client.get(f"/{language}/{land_path}/{leased.code.lower()}/").content.decode()
    assert "/apply/?parcel=" not in page and label not in page


def test_invalid_input_is_shown_per_field_and_kept_in_the_draft(client):
    client.force_login(UserFactory())
    base = client.get("/en/apply/")["Location"].rsplit("step/", 1)[0]
    response = client.post(base + "step/project/", {**PROJECT, "capital_usd": "a lot", "it_specialists": "500"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a number." in page and "cannot outnumber the planned staff" in page
    assert "Mobile banking software for the region." in page
    again = client.get(base + "step/project/").content.decode()  # resume later: the typed text is still there
    assert "Mobile banking software for the region." in again and "a lot" in again


def test_errors_are_translated_in_vietnamese(client):
    client.force_login(UserFactory())
    base = client.get("/vi/apply/")["Location"].rsplit("step/", 1)[0]
    page = client.post(base + "step/land/", {}).content.decode()
    assert "Chọn ít nhất một lô đất" in page


def test_a_post_after_the_session_expired_asks_to_sign_in_and_enter_the_step_again(client):
    user = UserFactory()
    client.force_login(user)
    base = client.get("/en/apply/")["Location"].rsplit("step/", 1)[0]
    client.logout()
    response = client.post(base + "step/company/", {**COMPANY, "company_name": "Typed Before Expiry Ltd"})
    assert "/account/login/" in response["Location"]
    assert "this step was not saved" in client.get(response["Location"]).content.decode()
    client.force_login(user)
    page = client.get(base + "step/company/").content.decode()
    assert "Typed Before Expiry Ltd" not in page  # an anonymous POST stores nothing (tests/security)


def test_double_submission_creates_one_submission(client):
    user = UserFactory()
    client.force_login(user)
    base = walk_wizard(client, "en", ParcelFactory().code)
    first = client.post(base + "step/review/", {"consent": "on"})
    second = client.post(base + "step/review/", {"consent": "on"}, follow=True)
    application = InvestmentApplication.objects.get()
    assert first.status_code == 302
    assert application.status_changes.count() == 1
    assert second.status_code == 200


def test_the_applicant_answers_a_request_for_information_with_a_document(client):
    application = move(
        InvestmentApplication.objects.create(
            applicant=UserFactory(), **COMPANY, **PROJECT, required_area_m2=900, intended_use="Offices"
        ),
        "submit",
        "start_screening",
        "request_information",
    )
    client.force_login(application.applicant)
    detail = client.get(f"/en/apply/{application.public_id}/").content.decode()
    assert "Note for request_information." in detail and "Answer the request for information" in detail
    client.post(
        f"/en/apply/{application.public_id}/step/documents/", {"kind": "other", "file": pdf_upload("audit.pdf")}
    )
    client.post(f"/en/apply/{application.public_id}/resubmit/", {"note": "Audit report added."})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RESUBMITTED
    assert application.documents.filter(original_name="audit.pdf").exists()


def test_a_message_with_an_attachment_reaches_the_thread(client):
    application = move(
        InvestmentApplication.objects.create(applicant=UserFactory(), **COMPANY, **PROJECT, required_area_m2=900),
        "submit",
    )
    officer()
    client.force_login(application.applicant)
    client.post(
        f"/en/apply/{application.public_id}/messages/",
        {"body": "Our plan, attached.", "attachment": pdf_upload("plan.pdf")},
    )
    page = client.get(f"/en/apply/{application.public_id}/").content.decode()
    assert "Our plan, attached." in page and "plan.pdf" in page


def test_withdrawal_from_the_detail_page(client):
    application = move(
        InvestmentApplication.objects.create(applicant=UserFactory(), **COMPANY, **PROJECT, required_area_m2=900),
        "submit",
    )
    client.force_login(application.applicant)
    client.post(f"/en/apply/{application.public_id}/withdraw/", {"note": ""})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
