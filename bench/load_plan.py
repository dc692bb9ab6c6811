"""What bench/load.py asks for: the anonymous traffic plan, the spike's cohort and trainees, and the
signed-in people's sessions and pages, all drawn from the prepared database (Django set up by `django_setup`)."""

import os
import random
import secrets
import sys
from collections import defaultdict
from urllib.parse import urlencode

PASSWORD = secrets.token_urlsafe(16)  # set on the spike's trainees by every run


# --- what to request -----------------------------------------------------------------------------
def django_setup(env):
    os.environ.update({key: value for key, value in env.items() if key != "PYTHONPATH"})
    sys.path[:0] = env["PYTHONPATH"].split(os.pathsep)
    import django

    django.setup()


def page_urls(page_class):
    return {page.locale.language_code: page.url for page in page_class.objects.live().select_related("locale")}


def traffic_plan(parcel_sample):
    """{page name: [path, …]} in both languages, drawn from the prepared database."""
    from home.models import HomePage
    from investors.incentives.sectors import SECTOR_CHOICES
    from investors.models import PolicyIndexPage, PolicyPage
    from land.models import LandIndexPage, LandUse, Parcel, ParcelStatus, Zone
    from training.models import ProgrammePage, TrainingIndexPage

    rng = random.Random(20)
    homes, lands, policies = page_urls(HomePage), page_urls(LandIndexPage), page_urls(PolicyIndexPage)
    zones = list(Zone.objects.filter(live=True).values_list("code", flat=True))
    codes = list(Parcel.objects.filter(live=True).values_list("code", flat=True))
    sample = rng.sample(codes, min(parcel_sample, len(codes)))
    filters = [{}, *({"zone": zone} for zone in zones), *({"land_use": use} for use in LandUse.values)]
    filters += [{"status": status, "sort": "-area"} for status in ParcelStatus.values]
    filters += [{"area_min": 1000, "area_max": 20000, "sort": "price"}, {"page": 2}, {"page": 3}]
    estimates = [
        {"sector": sector, "capital_usd": capital, "employees": staff, "annual_revenue_usd": capital, "years": 10}
        for sector, _label in SECTOR_CHOICES[:4]
        for capital in (500_000, 5_000_000, 50_000_000)
        for staff in (20, 300)
    ]
    queries = {"vi": ["phần mềm", "dat dai", "ưu đãi thuế", "đào tạo", "trung tâm dữ liệu", "lô A"]}
    queries["en"] = ["software", "land", "tax incentive", "training", "data centre", "parcel"]
    plan = defaultdict(list)
    for language in ("vi", "en"):
        plan["home"].append(homes[language])
        plan["land list"] += [f"{lands[language]}?{urlencode(query)}" for query in filters]
        plan["parcel detail"] += [f"{lands[language]}{code.lower()}/" for code in sample]
        plan["site plan"].append(f"{lands[language]}plan/")
        plan["policies"].append(policies[language])
        plan["policy"] += [page.url for page in PolicyPage.objects.live().filter(locale__language_code=language)]
        plan["estimator"] += [f"{policies[language]}estimate/?{urlencode(query)}" for query in estimates]
        plan["search"] += [f"/{language}/search/?{urlencode({'q': query})}" for query in queries[language]]
        plan["programmes"].append(page_urls(TrainingIndexPage)[language])
        plan["programme"] += [page.url for page in ProgrammePage.objects.live().filter(locale__language_code=language)]
    return dict(plan)


def spike_cohort(arguments):
    """A fresh cohort (seats --seats) with an open window and --spike verified trainees to fill it."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from allauth.account.models import EmailAddress

    from training.models import Cohort, ProgrammePage

    programme = ProgrammePage.objects.live().filter(locale__language_code="en").first()
    now = timezone.now()
    cohort = Cohort.objects.create(
        programme_key=programme.translation_key,
        code=f"LOAD-{now:%m%d%H%M%S}",
        starts_on=now.date() + datetime.timedelta(days=40),
        ends_on=now.date() + datetime.timedelta(days=100),
        seats=arguments.seats,
        waitlist_limit=arguments.spike,
        registration_opens_at=now - datetime.timedelta(days=1),
        registration_closes_at=now + datetime.timedelta(days=30),
    )
    password = make_password(PASSWORD)
    users = []
    for number in range(arguments.spike):
        email = f"load-trainee-{number}@example.com"
        user, _created = get_user_model().objects.update_or_create(
            email=email, defaults={"full_name": f"Học viên {number}", "password": password}
        )
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        users.append(email)
    return cohort, f"{programme.url}register/{cohort.code}/", users


def static_url():
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage.url("css/site.css")


# --- signed-in visitors -----------------------------------------------------------------------
def session_for(user):
    """A signed-in session of `user` as the sign-in view leaves it (staff: password and second factor
    recorded, as allauth records them); its key is the cookie value. Sign-in itself is not measured."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.http import HttpRequest

    from allauth.account.internal.flows.login import record_authentication

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    request = HttpRequest()
    request.session = session
    record_authentication(request, user, "password", email=user.email)
    if user.is_staff or user.groups.exists():  # the admin asks every staff member for a second factor
        from allauth.mfa.models import Authenticator
        from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

        totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
        totp = totp or TOTP.activate(user, generate_totp_secret()).instance
        record_authentication(request, user, "mfa", id=totp.pk, type=totp.type)
    session.create()
    return session.session_key


def signed_in_plans(count):
    """[(cookie, {page name: [path, …]}), …]: half investors (account page, their files, a draft's wizard
    steps), half investment officers and directors (inbox, review pages), from the seeded applications."""
    from django.contrib.auth import get_user_model

    from investors.applications.models import ApplicationStatus, InvestmentApplication

    applications = list(InvestmentApplication.objects.select_related("applicant").order_by("pk"))
    investors = sorted({application.applicant for application in applications}, key=lambda user: user.pk)
    staff = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=["Investment officer", "Director"])
        .distinct()
        .order_by("pk")
    )
    if not investors or not staff:
        raise SystemExit("--signed-in needs seeded applications and staff (seed_demo with demo accounts)")
    submitted = [application for application in applications if application.status != ApplicationStatus.DRAFT]
    reviewable = [f"/admin/applications/inbox/review/{application.pk}/" for application in submitted]
    plans = []
    for number in range(count):
        if number % 2 == 0:
            person = investors[(number // 2) % len(investors)]
            own = [application for application in applications if application.applicant_id == person.pk]
            plan = {
                "investor: account": ["/en/account/", "/vi/account/"],
                "investor: file": [
                    f"/{lang}/apply/{a.public_id}/" for a in own if a in submitted for lang in ("en", "vi")
                ],
            }
            drafts = [a for a in own if a.status == ApplicationStatus.DRAFT]
            if drafts:
                plan["investor: wizard"] = [
                    f"/en/apply/{a.public_id}/step/{step}/" for a in drafts for step in ("company", "project", "land")
                ]
        else:
            person = staff[(number // 2) % len(staff)]
            plan = {"staff: inbox": ["/admin/applications/inbox/"], "staff: review": reviewable}
        plan = {name: paths for name, paths in plan.items() if paths}
        plans.append((f"sessionid={session_for(person)}", plan))
    return plans
