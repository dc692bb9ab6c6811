"""Saved estimates lead somewhere: saved with the rule versions used, an application started from one
lists the incentives requested, staff see them in review, and the decision letter names them."""

from urllib.parse import urlencode

from django.urls import reverse

import pytest

from investors.applications.models import InvestmentApplication
from investors.models import SavedEstimate
from tests.factories.accounts import UserFactory, sign_in_staff
from tests.factories.applications import officer
from tests.investors.test_estimator_view import PROFILE

pytestmark = pytest.mark.django_db


def _save(client, **changes):
    return client.post("/en/incentives/estimate/save/", {**PROFILE, "title": "Highland centre", **changes})


def test_a_signed_in_investor_saves_an_estimate_with_the_rule_versions_it_used(client, software_policy, land_stub):
    investor = UserFactory()
    client.force_login(investor)
    page = client.get(f"/en/incentives/estimate/?{urlencode(PROFILE)}").content.decode()
    assert "Save to my account" in page

    response = _save(client)

    saved = SavedEstimate.objects.get(owner=investor)
    assert response.status_code == 302
    assert saved.title == "Highland centre"
    assert str(saved.total_saving_usd) == "470000.00"
    assert {entry["title"] for entry in saved.rule_versions} == {"rate", "exempt", "halve"}
    assert all(entry["version"] >= 1 and entry["document"] for entry in saved.rule_versions)
    dashboard = client.get("/en/account/").content.decode()
    assert "Highland centre" in dashboard and "Start an application from this estimate" in dashboard


def test_saving_needs_a_signed_in_user_and_valid_figures(client, software_policy, land_stub):
    assert "/login/" in _save(client)["Location"]
    client.force_login(UserFactory())
    _save(client, capital_usd="lots")
    assert not SavedEstimate.objects.exists()


def test_an_application_started_from_an_estimate_carries_its_incentives_to_review_and_to_the_decision_letter(
    client, software_policy, land_stub
):
    from tests.factories.applications import move

    investor = UserFactory()
    client.force_login(investor)
    _save(client)
    saved = SavedEstimate.objects.get(owner=investor)

    client.get(f"{reverse('apply_start')}?estimate={saved.pk}")
    application = InvestmentApplication.objects.get(applicant=investor)
    assert application.saved_estimate == saved
    assert application.sector == "software_production"
    assert set(application.requested_rules.values_list("title", flat=True)) == {"rate", "exempt", "halve"}

    for field, value in {"company_name": "Highland", "country": "VN", "registration_number": "5800000001"}.items():
        setattr(application, field, value)
    application.project_title, application.description = "Centre", "A software centre."
    application.representative_name, application.contact_email = "An", investor.email
    application.company_address, application.required_area_m2 = "12 Trần Phú, Đà Lạt", 3000
    application.save()
    application = move(application, "submit", "start_screening")
    staff_client = client_class_for(client)
    sign_in_staff(staff_client, officer())
    review = staff_client.get(reverse("applications_review:review", args=[application.pk])).content.decode()
    number = software_policy.document_number
    assert "requested-incentives" in review and f"{number}, " in review  # staff read it in review

    move(application, "start_appraisal", "approve")
    letter = client.get(reverse("application_letter", args=[application.public_id])).content.decode()
    granted = letter.split('class="granted-incentives"')[1].split("</section>")[0]
    assert granted.count("<li>") == 3
    assert number in granted


def client_class_for(client):
    return type(client)()
