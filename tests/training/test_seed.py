"""The demo: six bilingual programmes, registrations in every status, idempotent, scalable."""

from django.db.models import Count

from core.seeding import SeedContext
from training.demo.seeding import seed_training
from training.models import Certificate, Cohort, ProgrammePage, Registration


def _counts():
    return (
        ProgrammePage.objects.count(),
        Cohort.objects.count(),
        Registration.objects.count(),
        Certificate.objects.count(),
        dict(Registration.objects.values_list("status").annotate(n=Count("pk"))),
    )


def test_the_demo_has_six_programmes_in_both_languages_and_every_status(site_tree):
    seed_training(SeedContext(homes=site_tree))
    programmes, cohorts, _registrations, certificates, statuses = _counts()
    assert programmes == 12
    assert 12 <= cohorts <= 18
    assert set(statuses) == {"confirmed", "waitlisted", "cancelled", "completed", "no_show"}
    assert certificates > 0
    assert Certificate.objects.filter(revoked_at__isnull=False).count() == 1
    assert (
        ProgrammePage.objects.filter(locale__language_code="en", slug="cloud-and-devops")
        .get()
        .required_programmes.exists()
    )


def test_seeding_twice_changes_nothing_and_scale_multiplies_cohorts(site_tree):
    seed_training(SeedContext(homes=site_tree))
    first = _counts()
    seed_training(SeedContext(homes=site_tree))
    assert _counts() == first
    seed_training(SeedContext(homes=site_tree, scale=2))
    assert Cohort.objects.count() == 2 * first[1]
    assert Registration.objects.count() > first[2]
