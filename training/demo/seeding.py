"""The training step of `seed_demo`: six programmes, past/current/upcoming cohorts, registrations in
every status, attendance and certificates. Idempotent: pages by slug, cohorts by code, trainees by
e-mail, registrations by (cohort, trainee); `--scale N` multiplies cohorts and registrations."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from core.seeding import DEMO_MARK, ensure_bilingual
from training import services
from training.models import Attendance, Certificate, Cohort, ProgrammePage, Registration, Session, TrainingIndexPage

from . import content

PHASES_BY_SIZE = {3: ["past", "current", "upcoming"], 2: ["past", "upcoming"]}
SESSIONS_PER_COHORT = 8
TRAINEES_PER_ROUND = 12  # numbered demo trainees per --scale unit (plus the home app's demo trainee)


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


def _programme_fields(texts, spec, language):
    modules = "".join(f"<li>{module}</li>" for module in texts["modules"])
    heading = "Nội dung chương trình" if language == "vi" else "Curriculum"
    return {
        "slug": texts["slug"],
        "title": texts["title"],
        "introduction": f"{DEMO_MARK} {texts['introduction']}",
        "outcomes": texts["outcomes"],
        "audience": texts["audience"],
        "prerequisites": texts["prerequisites"],
        "skills": spec["skills"],
        "duration_weeks": spec["duration_weeks"],
        "hours": spec["hours"],
        "language_of_instruction": spec["language"],
        "body": [_heading(heading), ("paragraph", f"<ol>{modules}</ol>")],
    }


def ensure_pages(home_vi):
    """The training index and the six programme pages in both languages: {prefix: (vi, en)}."""
    index_vi, _index_en = ensure_bilingual(
        home_vi,
        TrainingIndexPage,
        vi={
            "slug": "dao-tao",
            "title": "Đào tạo",
            "show_in_menus": True,
            "introduction": (
                f"{DEMO_MARK} Chương trình đào tạo chuyên gia công nghệ thông tin cho tỉnh và cho xuất khẩu phần mềm."
            ),
        },
        en={
            "slug": "training",
            "title": "Training",
            "introduction": f"{DEMO_MARK} Programmes training IT specialists for the province and for software export.",
        },
    )
    pages = {}
    for spec in content.PROGRAMMES:
        vi = _programme_fields(spec["vi"], spec, "vi")
        vi["show_in_menus"] = False
        pages[spec["prefix"]] = ensure_bilingual(
            index_vi, ProgrammePage, vi=vi, en=_programme_fields(spec["en"], spec, "en")
        )
    for spec in content.PROGRAMMES:
        if "requires" in spec:
            for page, required in zip(pages[spec["prefix"]], pages[spec["requires"]], strict=True):
                if not page.required_programmes.exists():
                    page.required_programmes.set([required])
                    page.save_revision().publish()
    return pages


def ensure_trainees(scale):
    """Demo trainees (only where demo accounts are enabled), the home app's demo trainee first."""
    from allauth.account.models import EmailAddress

    from home.demo.seeding import DEMO_PASSWORD

    user_model = get_user_model()
    trainees = list(user_model.objects.filter(email="trainee@demo.dalatpark.vn"))
    password_hash = None  # hashed once: hundreds of demo trainees at --scale 20 share the demo password
    for number in range(1, TRAINEES_PER_ROUND * scale + 1):
        email = f"hocvien{number:03d}@demo.dalatpark.vn"
        user = user_model.objects.filter(email=email).first()
        if user is None:
            name = f"{content.FAMILY_NAMES[number % 12]} {content.GIVEN_NAMES[(number * 5) % 12]}"
            password_hash = password_hash or make_password(DEMO_PASSWORD)
            user = user_model(email=email, password=password_hash, full_name=name)
            user.preferred_language = "vi" if number % 3 else "en"
            user.save()
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        trainees.append(user)
    return trainees


def _cohort_dates(phase, round_number, weeks, today):
    offset = {"past": -100 - 120 * round_number, "current": -20 - 7 * round_number, "upcoming": 45 + 90 * round_number}
    starts = today + datetime.timedelta(days=offset[phase])
    return starts, starts + datetime.timedelta(weeks=weeks) - datetime.timedelta(days=3)


def ensure_cohort(spec, page_vi, number, phase, round_number, today):
    """The cohort `<prefix>-<number>`, created with its sessions if missing."""
    code = f"{spec['prefix']}-{number:02d}"
    cohort = Cohort.objects.filter(code=code).first()
    if cohort is not None:
        return cohort
    starts, ends = _cohort_dates(phase, round_number, spec["duration_weeks"], today)
    mode = ["on_site", "hybrid", "online"][number % 3]
    place_vi, place_en = content.PLACES[mode]
    opens = timezone.make_aware(datetime.datetime.combine(starts - datetime.timedelta(days=60), datetime.time(8)))
    full = spec["prefix"] == "SE" and phase == "upcoming"  # in every round: --scale N gives N alike rounds
    cohort = Cohort.objects.create(
        code=code,
        programme_key=page_vi.translation_key,
        starts_on=starts,
        ends_on=ends,
        mode=mode,
        place_vi=place_vi,
        place_en=place_en,
        seats=4 if full else spec["seats"],
        waitlist_limit=10,
        fee_vnd=0 if number % 2 else 4_500_000,
        scholarship=bool(number % 2),
        registration_opens_at=opens,
        registration_closes_at=opens + datetime.timedelta(days=57),
        notes_vi=f"{DEMO_MARK} Mang theo máy tính xách tay cá nhân.",
        notes_en=f"{DEMO_MARK} Bring your own laptop.",
    )
    span = (ends - starts).days
    for index in range(SESSIONS_PER_COHORT):
        day = starts + datetime.timedelta(days=round(index * span / (SESSIONS_PER_COHORT - 1)))
        module = index * len(spec["vi"]["modules"]) // SESSIONS_PER_COHORT
        Session.objects.create(
            cohort=cohort,
            starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 30))),
            topic_vi=f"Buổi {index + 1}: {spec['vi']['modules'][module]}",
            topic_en=f"Session {index + 1}: {spec['en']['modules'][module]}",
        )
    return cohort


def _register(cohort, trainee, index, status):
    education_vi, _education_en = content.EDUCATION[index % 3]
    registration, _created = Registration.objects.get_or_create(
        cohort=cohort,
        trainee=trainee,
        defaults={
            "status": status,
            "education": education_vi,
            "current_job": content.JOBS[index % 3],
            "motivation": content.MOTIVATION,
        },
    )
    return registration


def _attend(cohort, registrations, now):
    """Attendance for held sessions: most trainees attend nearly all, every fifth misses too many."""
    for session_index, session in enumerate(cohort.sessions.filter(starts_at__lt=now)):
        for index, registration in enumerate(registrations):
            weak = index % 5 == 4
            present = session_index % 5 not in (0, 2) if weak else not (index % 3 == 1 and session_index == 3)
            Attendance.objects.get_or_create(session=session, registration=registration, defaults={"present": present})


def fill_cohort(cohort, phase, trainees, offset, now):
    """Registrations, attendance, completion and certificates fitting the cohort's phase."""
    if not trainees:
        return
    if cohort.seats == 4:  # the full cohort with a waitlist
        people = [trainees[(offset + 1 + index) % len(trainees)] for index in range(4)] + [trainees[0]]
        statuses = ["confirmed"] * 4 + ["waitlisted"]
        extra = [trainees[(offset + 6 + index) % len(trainees)] for index in range(2)]
        people, statuses = people + extra, statuses + ["waitlisted", "cancelled"]
    else:
        # Cohorts already multiply with --scale; a cohort's class size does not, so the demo grows linearly.
        count = min(len(trainees), 8 if phase != "upcoming" else 3)
        people = [trainees[(offset + index) % len(trainees)] for index in range(count)]
        statuses = ["confirmed"] * count
    registrations = [
        _register(cohort, person, index, status)
        for index, (person, status) in enumerate(zip(people, statuses, strict=True))
    ]
    seated = [
        registration
        for registration in registrations
        if registration.status != "cancelled" and registration.status != "waitlisted"
    ]
    _attend(cohort, seated, now)
    if phase == "past":
        if cohort.registrations.filter(status="confirmed").exists():
            services.complete_cohort(cohort.pk)
        services.issue_certificates(cohort.pk)


def _revoke_one():
    certificate = Certificate.objects.filter(registration__cohort__code="SE-01").order_by("pk").last()
    if (
        certificate is not None
        and certificate.revoked_at is None
        and not Certificate.objects.filter(revoked_at__isnull=False).exists()
    ):
        services.revoke_certificate(certificate.pk, None, f"{DEMO_MARK} Hồ sơ đăng ký khai sai trình độ học vấn.")


def seed_training(context):
    """Pages, cohorts (×scale), demo trainees' registrations (×scale), attendance and certificates."""
    now = timezone.now()
    today = timezone.localdate(now)
    pages = ensure_pages(context.homes["vi"])
    trainees = ensure_trainees(context.scale) if settings.DEMO_ACCOUNTS_ENABLED else []
    for programme_index, spec in enumerate(content.PROGRAMMES):
        phases = PHASES_BY_SIZE[3 if programme_index % 2 == 0 else 2]
        for number in range(len(phases) * context.scale):
            phase, round_number = phases[number % len(phases)], number // len(phases)
            cohort = ensure_cohort(spec, pages[spec["prefix"]][0], number + 1, phase, round_number, today)
            # Each round draws from its own 13 trainees, so a larger --scale adds rounds alike to the first
            # and never changes who sits in the cohorts that already exist.
            pool = trainees[TRAINEES_PER_ROUND * round_number : TRAINEES_PER_ROUND * (round_number + 1) + 1]
            fill_cohort(cohort, phase, pool, programme_index * 3 + number, now)
    _revoke_one()
    context.log(f"Training: {Cohort.objects.count()} cohorts, {Registration.objects.count()} registrations.")
