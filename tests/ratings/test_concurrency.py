"""A rating is asked once and answered once, even when requests race (PostgreSQL, one connection each)."""

from concurrent.futures import ThreadPoolExecutor

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

import pytest

from core.models import OutgoingEmail
from ratings.models import Rating, Service
from ratings.services import AlreadyAnswered, answer_rating, ask_for_rating
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _in_threads(function, count):
    def run(index):
        try:
            return function(index)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_ten_answers_sent_at_once_record_the_first_and_refuse_the_rest():
    person = UserFactory()
    rating = Rating.objects.create(
        person=person,
        service=Service.TRAINING,
        subject_type=ContentType.objects.get_for_model(person),
        subject_id=person.pk,
        subject_label="RACE-01",
        month="2026-11-01",
    )

    def answer(index):
        try:
            answer_rating(rating.pk, person, 1 + index % 5, f"answer {index}")
            return "recorded"
        except AlreadyAnswered:
            return "refused"

    results = _in_threads(answer, 10)
    assert results.count("recorded") == 1 and results.count("refused") == 9
    rating.refresh_from_db()
    assert rating.comment == f"answer {results.index('recorded')}"


def test_asking_ten_times_at_once_creates_one_request_and_one_email():
    person = UserFactory()

    def ask(_index):
        with transaction.atomic():
            return ask_for_rating(person, Service.APPLICATION, person, "RACE-02").pk

    assert len(set(_in_threads(ask, 10))) == 1
    assert Rating.objects.filter(person=person).count() == 1
    assert OutgoingEmail.objects.filter(kind="ratings.request", recipient=person).count() == 1
