"""The signed link: its person rates once (1–5, optional comment); anyone else meets a 404."""

import pytest

from ratings.models import Rating
from ratings.services import token_for
from tests.factories.accounts import UserFactory

from .conftest import decided_application, link_in, rating_mails

pytestmark = pytest.mark.django_db


@pytest.fixture
def asked():
    application = decided_application()
    return application.applicant, link_in(rating_mails(application.applicant.email)[0])


def test_the_emailed_link_lets_its_person_rate_without_signing_in(client, asked):
    person, link = asked
    page = client.get(link)
    assert page.status_code == 200 and "How satisfied are you with this service?" in page.content.decode()
    response = client.post(link, {"score": "5", "comment": "  Quick and clear.  "}, follow=True)
    assert "Thank you: your rating was recorded." in response.content.decode()
    rating = Rating.objects.get(person=person)
    assert (rating.score, rating.comment) == (5, "Quick and clear.") and rating.answered_at is not None


def test_answering_twice_is_refused_politely_and_keeps_the_first_answer(client, asked):
    person, link = asked
    client.post(link, {"score": "2", "comment": "Slow."})
    second = client.post(link, {"score": "5", "comment": "Changed my mind."})
    assert second.status_code == 409
    assert "You have already rated this service" in second.content.decode()
    rating = Rating.objects.get(person=person)
    assert (rating.score, rating.comment) == (2, "Slow.")
    again = client.get(link)
    assert again.status_code == 200 and "You rated the service" in again.content.decode()


def test_a_tampered_token_gets_404(client, asked):
    _person, link = asked
    token = link.rstrip("/").rsplit("/", 1)[1]
    tampered = link.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert client.get(tampered).status_code == 404
    assert client.post(tampered, {"score": "1"}).status_code == 404
    assert client.get("/en/rate/not-a-token/").status_code == 404
    assert not Rating.objects.filter(score__isnull=False).exists()


def test_another_signed_in_user_gets_404_and_the_rating_stays_open(client, asked):
    _person, link = asked
    client.force_login(UserFactory())
    assert client.get(link).status_code == 404
    assert client.post(link, {"score": "1"}).status_code == 404
    assert not Rating.objects.filter(score__isnull=False).exists()


def test_a_token_signed_for_someone_else_gets_404(client, asked):
    person, _link = asked
    rating = Rating.objects.get(person=person)
    rating.person_id = UserFactory().pk  # a genuine signature over another person's id does not open this rating
    assert client.get(f"/en/rate/{token_for(rating)}/").status_code == 404


def test_its_person_signed_in_rates_from_the_account_page_link(client, asked):
    person, link = asked
    client.force_login(person)
    account = client.get("/en/account/").content.decode()
    assert "/en/rate/" in account
    assert client.post(link, {"score": "4"}).status_code == 302
    assert Rating.objects.get(person=person).score == 4


def test_a_missing_or_invalid_score_gets_a_translated_error_and_keeps_the_comment(client, asked):
    person, link = asked
    response = client.post(link.replace("/en/", "/vi/", 1), {"comment": "Nhận xét của tôi"})
    html = response.content.decode()
    assert response.status_code == 200 and "Hãy chọn điểm từ 1 đến 5." in html and "Nhận xét của tôi" in html
    response = client.post(link, {"score": "9", "comment": "Mine"})
    assert response.status_code == 200 and "Mine" in response.content.decode()
    assert Rating.objects.get(person=person).score is None


def test_an_expired_link_sends_the_person_to_their_account_page(client, asked, settings):
    _person, link = asked
    settings.RATINGS_LINK_MAX_AGE_DAYS = -1
    response = client.get(link)
    assert response.status_code == 410 and "This rating link has expired" in response.content.decode()


def test_the_rating_page_is_never_cached(client, asked):
    _person, link = asked
    assert "no-cache" in client.get(link)["Cache-Control"] or "max-age=0" in client.get(link)["Cache-Control"]


def test_the_service_refuses_a_second_answer_even_without_the_page(asked):
    from ratings.services import AlreadyAnswered, answer_rating

    person, _link = asked
    rating = Rating.objects.get(person=person)
    answer_rating(rating.pk, person, 3)
    with pytest.raises(AlreadyAnswered):
        answer_rating(rating.pk, person, 5, "again")
    rating.refresh_from_db()
    assert (rating.score, rating.comment) == (3, "")
