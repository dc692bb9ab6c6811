"""The review panel: reviewers are assigned, each scores every published criterion, the director reads it all."""

from django.core.exceptions import PermissionDenied

import pytest

from investors.applications import review as panel
from investors.applications.models import AllocationCriterion, Recommendation, Review
from tests.factories.accounts import sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move, officer
from tests.factories.investors import PolicyIndexPageFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def criteria():
    return [
        AllocationCriterion.objects.create(
            name_vi="Số lao động trên mỗi hecta", name_en="Jobs per hectare", weight=3, guidance_en="Staff per ha."
        ),
        AllocationCriterion.objects.create(name_vi="Trình độ công nghệ", name_en="Technology level", weight=1),
    ]


def scores(criteria, *values):
    return [
        panel.ScoreInput(criterion.pk, value, f"about {criterion.name_en}")
        for criterion, value in zip(criteria, values, strict=False)
    ]


def test_starting_screening_makes_the_acting_officer_a_reviewer():
    staff = officer()
    application = move(ApplicationFactory(), "submit", "start_screening", officer_user=staff)
    assert [r.reviewer for r in application.reviewer_assignments.all()] == [staff]


def test_a_lead_officer_assigns_two_more_reviewers_from_the_review_page(client):
    first = officer()
    application = move(ApplicationFactory(), "submit", "start_screening", officer_user=first)
    second, third = officer(full_name="Trần Thị Bình"), officer(full_name="Phạm Văn Cường")
    sign_in_staff(client, director())
    url = f"/admin/applications/inbox/review/{application.pk}/"
    assert "Trần Thị Bình" in client.get(url).content.decode()
    client.post(url, {"action": "assign_reviewers", "reviewers": [second.pk, third.pk]})
    assert {r.reviewer for r in application.reviewer_assignments.all()} == {first, second, third}


def test_an_officer_without_the_lead_permission_cannot_assign_reviewers():
    application = move(ApplicationFactory(), "submit", "start_screening")
    with pytest.raises(PermissionDenied):
        panel.assign_reviewers(application.pk, officer(), [officer()])


def test_each_reviewer_scores_and_the_director_sees_every_review_and_the_weighted_total(client, criteria):
    first, second, boss = officer(full_name="Lê Hoàng Nam"), officer(full_name="Trần Thị Bình"), director()
    application = move(ApplicationFactory(), "submit", "start_screening", officer_user=first)
    panel.assign_reviewers(application.pk, boss, [second])
    panel.submit_review(application.pk, first, scores(criteria, 5, 1), Recommendation.APPROVE, "Strong team.")
    panel.submit_review(application.pk, second, scores(criteria, 3, 3), Recommendation.MORE_INFORMATION, "Ask plans.")
    move(application, "start_appraisal", officer_user=first)
    summary = panel.panel_summary(application)
    assert [review.weighted_score for review in summary.reviews] == [4.0, 3.0]  # (5×3+1×1)/4 and (3×3+3×1)/4
    assert summary.average == 3.5 and not summary.pending
    sign_in_staff(client, boss)
    page = client.get(f"/admin/applications/inbox/review/{application.pk}/").content.decode()
    assert "Strong team." in page and "Ask plans." in page and "3.5" in page.replace("3,5", "3.5")
    assert "Lê Hoàng Nam" in page and "Trần Thị Bình" in page


def test_a_reviewer_scores_through_the_review_page_and_a_score_out_of_range_is_refused(client, criteria):
    staff = officer()
    application = move(ApplicationFactory(), "submit", "start_screening", officer_user=staff)
    sign_in_staff(client, staff)
    url = f"/admin/applications/inbox/review/{application.pk}/"
    data = {
        "action": "review",
        f"score_{criteria[0].pk}": "9",
        f"score_{criteria[1].pk}": "4",
        "recommendation": "approve",
        "comment": "Kept after the error.",
    }
    refused = client.post(url, data)
    assert refused.status_code == 200 and "Kept after the error." in refused.content.decode()
    assert not Review.objects.exists()
    client.post(url, {**data, f"score_{criteria[0].pk}": "2"})
    review = Review.objects.get()
    assert review.weighted_score == 2.5 and review.recommendation == "approve"


def test_a_review_must_score_every_criterion_and_only_assigned_reviewers_may_score(criteria):
    staff = officer()
    application = move(ApplicationFactory(), "submit", "start_screening", officer_user=staff)
    with pytest.raises(panel.ApplicationError):
        panel.submit_review(application.pk, staff, scores(criteria[:1], 4), Recommendation.REJECT, "Half done.")
    with pytest.raises(PermissionDenied):
        panel.submit_review(application.pk, officer(), scores(criteria, 4, 4), Recommendation.REJECT, "Not mine.")
    assert not Review.objects.exists()


def test_the_incentives_page_publishes_the_criteria_with_their_weights(client, site_tree, criteria):
    index_vi = PolicyIndexPageFactory(parent=site_tree["vi"], title="Ưu đãi đầu tư", slug="uu-dai-dau-tu")
    translate_page(index_vi, "en", slug="incentives", title="Investment incentives")
    english = client.get("/en/incentives/").content.decode()
    vietnamese = client.get("/vi/uu-dai-dau-tu/").content.decode()
    assert "How applications are judged" in english and "Jobs per hectare" in english and "75%" in english
    assert "Số lao động trên mỗi hecta" in vietnamese and "25%" in vietnamese
