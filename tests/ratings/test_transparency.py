"""Results per service and month on the transparency page, in both languages, in constant queries."""

import datetime
import itertools
import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from core.seeding import SeedContext
from ratings.models import Rating, Service
from tests.factories.accounts import UserFactory
from training.models import Cohort
from transparency.demo.seeding import seed_transparency

from .conftest import decided_application, link_in, rating_mails

pytestmark = pytest.mark.django_db
_subjects = itertools.count(1)


@pytest.fixture
def transparency(site_tree):
    seed_transparency(SeedContext(homes=site_tree))
    return site_tree


def answered(service, month, scores, unanswered=0):
    """Answered ratings of `service` in `month` with these scores (and some requests left open), in bulk."""
    person = UserFactory()
    subject_type = ContentType.objects.get_for_model(Cohort)
    now = timezone.now()
    Rating.objects.bulk_create(
        Rating(
            person=person,
            service=service,
            subject_type=subject_type,
            subject_id=next(_subjects),
            subject_label="BULK",
            month=month,
            score=score,
            answered_at=None if score is None else now,
        )
        for score in [*scores, *([None] * unanswered)]
    )


def breakdown(html, label):
    """The cells of the breakdown row headed `label` on the page."""
    start = html.index(f'<th scope="row">{label}</th>')
    row = html[start : html.index("</tr>", start)]
    return re.findall(r"<td>([^<]*)</td>", row)


def test_results_per_service_and_month_appear_next_to_on_time_processing_in_english(client, transparency):
    answered(Service.APPLICATION, datetime.date(2026, 10, 1), [5, 4, 3, 1], unanswered=3)
    answered(Service.TRAINING, datetime.date(2026, 11, 1), [5, 5, 4])
    html = client.get("/en/transparency/").content.decode()
    assert "Users satisfied with the park&#x27;s services" in html
    assert html.index("decided within the statutory time") < html.index("Users satisfied with the park")
    assert breakdown(html, "Investment application – Oct 2026") == ["4", "3.3", "50"]  # a 3 is not satisfied
    assert breakdown(html, "IT training – Nov 2026") == ["3", "4.7", "100"]
    assert "5 of 7 answers rated 4 or 5." in html  # unanswered requests are not counted
    assert ">71.4%<" in html


def test_results_appear_in_vietnamese_on_the_vietnamese_page(client, transparency):
    answered(Service.APPLICATION, datetime.date(2026, 10, 1), [5, 4, 2])
    html = client.get("/vi/minh-bach/").content.decode()
    assert "Mức độ hài lòng của người dùng với dịch vụ của khu" in html
    assert breakdown(html, "Hồ sơ đăng ký đầu tư – 10/2026") == ["3", "3,7", "66,7"]


def test_a_rating_given_through_the_link_reaches_the_page(client, transparency):
    application = decided_application()
    client.post(link_in(rating_mails(application.applicant.email)[0]), {"score": "5"})
    client.logout()
    month = timezone.localdate().strftime("%b %Y")
    html = client.get("/en/transparency/").content.decode()
    assert breakdown(html, f"Investment application – {month}") == ["1", "5", "100"]


def _page_queries(client):
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/transparency/").status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_ratings(client, transparency):
    answered(Service.APPLICATION, datetime.date(2026, 10, 1), [5, 3])
    few = _page_queries(client)
    for month in range(1, 10):
        answered(Service.APPLICATION, datetime.date(2025, month, 1), [5, 4, 3, 2, 1])
        answered(Service.TRAINING, datetime.date(2025, month, 1), [4, 4])
    assert _page_queries(client) == few
