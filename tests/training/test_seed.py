"""The training demo: every cohort phase and registration status, valid certificates, repeatable, scaled.

Runs on the shared seeded database (`seeded_demo`, tests/conftest.py).
"""

from django.contrib.auth import get_user_model
from django.db.models import Count, F
from django.utils import timezone

from wagtail.models import Locale

import pytest

from core.seeding import SeedContext
from training.demo.seeding import seed_training
from training.models import Certificate, Cohort, ProgrammePage, Registration, RegistrationStatus

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]


def counts():
    return {
        "programmes": ProgrammePage.objects.count(),
        "cohorts": Cohort.objects.count(),
        "registrations": Registration.objects.count(),
        "certificates": Certificate.objects.count(),
        "statuses": dict(Registration.objects.values_list("status").annotate(n=Count("pk"))),
    }


def test_every_registration_status_and_cohort_phase_is_shown_by_the_demo(seeded_demo):
    today = timezone.localdate()
    assert set(Registration.objects.values_list("status", flat=True)) == set(RegistrationStatus.values)
    assert Cohort.objects.filter(ends_on__lt=today).exists()  # finished, with certificates
    assert Cohort.objects.filter(starts_on__lte=today, ends_on__gte=today).exists()  # running
    assert Cohort.objects.filter(starts_on__gt=today).exists()  # open for registration
    full = Cohort.objects.with_counts().filter(confirmed_count__gte=F("seats"), waitlisted_count__gt=0)
    assert full.exists()  # a full cohort with people waiting


def test_every_cohort_is_valid_with_a_unique_code(seeded_demo):
    cohorts = list(Cohort.objects.all())
    assert cohorts
    assert len({cohort.code for cohort in cohorts}) == len(cohorts)
    for cohort in cohorts:
        cohort.full_clean()
        assert cohort.sessions.exists(), cohort.code
        assert cohort.programme_page() is not None


def test_certificates_belong_to_completed_registrations_and_one_is_revoked(seeded_demo):
    certificates = Certificate.objects.select_related("registration")
    assert certificates.exists()
    assert len(set(certificates.values_list("code", flat=True))) == certificates.count()
    assert all(certificate.registration.status == RegistrationStatus.COMPLETED for certificate in certificates)
    revoked = certificates.filter(revoked_at__isnull=False)
    assert revoked.exists() and not revoked.filter(revocation_reason="").exists()
    assert certificates.filter(revoked_at__isnull=True).exists()


def test_every_programme_has_both_languages_and_its_prerequisites_in_both(seeded_demo):
    vietnamese = ProgrammePage.objects.filter(locale__language_code="vi")
    assert vietnamese.exists()
    for programme in vietnamese:
        english = programme.get_translation(Locale.objects.get(language_code="en"))
        required_vi = {page.translation_key for page in programme.specific.required_programmes.all()}
        required_en = {page.translation_key for page in english.specific.required_programmes.all()}
        assert required_vi == required_en, programme.slug
    assert ProgrammePage.objects.filter(required_programmes__isnull=False).exists()


def test_seeding_training_again_changes_nothing(seeded_demo):
    before = counts()
    seed_training(SeedContext(homes=seeded_demo.homes))
    assert counts() == before


def test_scale_two_doubles_cohorts_registrations_and_demo_trainees(seeded_demo):
    trainees = get_user_model().objects.filter(email__startswith="hocvien", email__endswith="@demo.dalatpark.vn")
    before = {**counts(), "trainees": trainees.count()}
    seed_training(SeedContext(homes=seeded_demo.homes, scale=2))
    after = {**counts(), "trainees": trainees.count()}
    assert after["programmes"] == before["programmes"]
    assert after["cohorts"] == 2 * before["cohorts"]
    assert after["registrations"] == 2 * before["registrations"]
    assert after["trainees"] == 2 * before["trainees"]
