"""Staff read ratings and their comments in the admin, each group only its own service, and change nothing."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

import pytest

from ratings.models import Rating, Service
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from training.models import Cohort

pytestmark = pytest.mark.django_db

INDEX = "/admin/ratings/"


@pytest.fixture
def ratings():
    subject_type = ContentType.objects.get_for_model(Cohort)
    made = {}
    for number, (service, comment) in enumerate(
        ((Service.APPLICATION, "Hồ sơ xử lý nhanh"), (Service.TRAINING, "Giảng viên nhiệt tình")), start=1
    ):
        made[service] = Rating.objects.create(
            person=UserFactory(),
            service=service,
            subject_type=subject_type,
            subject_id=number,
            subject_label=f"REF-{number}",
            month=datetime.date(2026, 10, 1),
            score=4,
            comment=comment,
            answered_at=timezone.now(),
        )
    return made


@pytest.mark.parametrize(
    ("group", "sees", "hidden"),
    [
        ("Investment officer", ["Hồ sơ xử lý nhanh"], ["Giảng viên nhiệt tình"]),
        ("Training coordinator", ["Giảng viên nhiệt tình"], ["Hồ sơ xử lý nhanh"]),
        ("Director", ["Hồ sơ xử lý nhanh", "Giảng viên nhiệt tình"], []),
    ],
)
def test_staff_read_the_comments_of_the_services_they_look_after_only(client, ratings, group, sees, hidden):
    sign_in_staff(client, StaffFactory(groups=[group]))
    listing = client.get(INDEX)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert all(comment in html for comment in sees)
    assert not any(comment in html for comment in hidden)
    for service, rating in ratings.items():
        inspect = client.get(f"{INDEX}inspect/{rating.pk}/")
        if rating.comment in sees:
            assert inspect.status_code == 200 and rating.comment in inspect.content.decode()
        else:
            assert inspect.status_code != 200, service


@pytest.mark.parametrize("group", ["Editor", "Land officer", "Legal reviewer"])
def test_other_staff_cannot_open_the_ratings(client, ratings, group):
    sign_in_staff(client, StaffFactory(groups=[group]))
    assert client.get(INDEX).status_code != 200
    assert INDEX not in client.get("/admin/").content.decode()  # no menu entry


def test_nobody_adds_edits_or_deletes_a_rating_in_the_admin(client, ratings):
    sign_in_staff(client, StaffFactory(is_superuser=True))
    rating = ratings[Service.APPLICATION]
    assert client.get(f"{INDEX}new/").status_code != 200
    assert client.post(f"{INDEX}edit/{rating.pk}/", {"comment": "Rewritten"}).status_code != 200
    assert client.post(f"{INDEX}delete/{rating.pk}/").status_code != 200
    rating.refresh_from_db()
    assert rating.comment == "Hồ sơ xử lý nhanh"
    assert INDEX in client.get("/admin/").content.decode()  # the menu entry, for reading
