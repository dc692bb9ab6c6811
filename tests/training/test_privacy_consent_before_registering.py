"""A changed privacy notice is accepted again before registering for a course."""

import pytest

from home.models import LegalPages
from tests.factories.training import CohortFactory, TraineeFactory

pytestmark = pytest.mark.django_db


def test_a_changed_notice_is_accepted_before_the_registration_form_opens(client, programme):
    CohortFactory.for_programme(programme[0], code="AI-02")
    trainee = TraineeFactory(preferred_language="en")
    client.force_login(trainee)
    register_url = f"{programme[1].url}register/AI-02/"
    assert client.get(register_url).status_code == 200

    legal = LegalPages.load()
    legal.privacy_notice_version = "2026-09"
    legal.save()

    response = client.get(register_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/privacy-consent/?next=")
    client.post("/en/account/privacy-consent/", {"accept": "on", "next": register_url})
    assert client.get(register_url).status_code == 200
