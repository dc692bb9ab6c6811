"""A person's ratings are in their data export; erasure removes their comments and keeps the scores."""

import json

import pytest

from accounts import personal_data
from ratings.models import Rating
from ratings.services import answer_rating

from .conftest import decided_application

pytestmark = pytest.mark.django_db


def test_the_data_export_lists_the_persons_ratings(client):
    application = decided_application()
    rating = Rating.objects.get(person=application.applicant)
    answer_rating(rating.pk, application.applicant, 3, "Chờ hơi lâu")
    client.force_login(application.applicant)
    data = json.loads(client.get("/en/account/my-data.json").content)
    ratings = data["ratings"]["ratings"]
    assert [(item["subject"], item["score"], item["comment"]) for item in ratings] == [
        (application.reference, 3, "Chờ hơi lâu")
    ]


def test_erasure_removes_the_comment_and_keeps_the_score():
    application = decided_application()
    rating = Rating.objects.get(person=application.applicant)
    answer_rating(rating.pk, application.applicant, 1, "Ông Nguyễn Văn A trả lời chậm")
    personal_data.erase(application.applicant)
    rating.refresh_from_db()
    assert (rating.score, rating.comment) == (1, "")
