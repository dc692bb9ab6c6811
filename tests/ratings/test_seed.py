"""The demo's ratings: its decisions and assessed courses asked for ratings, most are answered, some stay
open for the account notice, no demo e-mail goes out, and a second run changes nothing.

Runs on the shared seeded database (`seeded_demo`, tests/conftest.py).
"""

from django.db.models import Count

import pytest

from core.models import EmailStatus, OutgoingEmail
from core.seeding import SeedContext
from ratings.demo.seeding import seed_ratings
from ratings.models import Rating, Service

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]


def snapshot():
    return sorted(Rating.objects.values_list("pk", "score", "comment", "answered_at"))


def test_the_demo_has_answered_and_open_ratings_of_both_services(seeded_demo):
    answered = dict(Rating.objects.filter(answered_at__isnull=False).values_list("service").annotate(n=Count("pk")))
    assert answered.get(Service.APPLICATION) and answered.get(Service.TRAINING)
    assert Rating.objects.filter(answered_at__isnull=True).exists()
    assert Rating.objects.filter(answered_at__isnull=False).exclude(comment="").exists()


def test_no_demo_rating_email_waits_to_be_sent(seeded_demo):
    emails = OutgoingEmail.objects.filter(kind="ratings.request")
    assert emails.exists()
    assert not emails.exclude(status=EmailStatus.SENT).exists()


def test_seeding_ratings_again_changes_nothing(seeded_demo):
    before = snapshot()
    seed_ratings(SeedContext(homes=seeded_demo.homes))
    assert snapshot() == before
