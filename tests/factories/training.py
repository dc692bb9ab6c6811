"""Factories for training: trainees, bilingual programme pages, cohorts, sessions and registrations."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

import factory
from allauth.account.models import EmailAddress

from core.seeding import ensure_bilingual
from training.models import Cohort, ProgrammePage, Registration, Session, TrainingIndexPage

_slugs = itertools.count(1)


class TraineeFactory(factory.django.DjangoModelFactory):
    """A signed-up trainee with a verified e-mail address."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda number: f"trainee{number}@example.com")
    full_name = factory.Sequence(lambda number: f"Nguyễn Văn {number}")
    preferred_language = "vi"

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            user.set_password("correct-horse-battery-staple")
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    @factory.post_generation
    def privacy_consent(user, create, extracted, **kwargs):
        """Signed-up trainees accepted the privacy notice in force; privacy_consent=False: they did not."""
        if create and extracted is not False:
            from accounts.consent import record_consent

            record_consent(user)


def training_index(homes):
    """The training index in both languages (vi `dao-tao`, en `training`)."""
    return ensure_bilingual(
        homes["vi"],
        TrainingIndexPage,
        vi={"slug": "dao-tao", "title": "Đào tạo", "show_in_menus": True},
        en={"slug": "training", "title": "Training"},
    )


def programme(homes, title_en="Software engineering", title_vi="Kỹ thuật phần mềm", skills="Python, SQL", **fields):
    """A programme page in Vietnamese and English: returns (page_vi, page_en)."""
    index_vi, _index_en = training_index(homes)
    number = next(_slugs)
    common = {
        "skills": skills,
        "duration_weeks": 10,
        "hours": 200,
        "audience": "Lập trình viên",
        "outcomes": "<p>Xây dựng ứng dụng web.</p>",
        **fields,
    }
    vi = {"slug": f"chuong-trinh-{number}", "title": title_vi, "introduction": "Giới thiệu chương trình.", **common}
    en = {
        "slug": f"programme-{number}",
        "title": title_en,
        "introduction": "About the programme.",
        "audience": "Developers",
    }
    return ensure_bilingual(index_vi, ProgrammePage, vi=vi, en=en)


class CohortFactory(factory.django.DjangoModelFactory):
    """An upcoming cohort whose registration window is open now."""

    class Meta:
        model = Cohort

    code = factory.Sequence(lambda number: f"TEST-{number:03d}")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    ends_on = factory.LazyAttribute(lambda cohort: cohort.starts_on + datetime.timedelta(days=60))
    seats = 3
    waitlist_limit = 10
    place_vi = "Phòng 201"
    place_en = "Room 201"
    registration_opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    registration_closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))

    @classmethod
    def for_programme(cls, page, **kwargs):
        return cls(programme_key=page.translation_key, **kwargs)


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    cohort = factory.SubFactory(CohortFactory)
    starts_at = factory.Sequence(lambda number: timezone.now() + datetime.timedelta(days=30 + number))
    topic_vi = factory.Sequence(lambda number: f"Buổi {number}")
    topic_en = factory.Sequence(lambda number: f"Session {number}")


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration created directly (tests of services use the services instead)."""

    class Meta:
        model = Registration

    cohort = factory.SubFactory(CohortFactory)
    trainee = factory.SubFactory(TraineeFactory)
    status = "confirmed"
    education = "Cử nhân CNTT"
    current_job = "Lập trình viên"
    motivation = "Tôi muốn học để làm việc trong khu công viên phần mềm."
