"""What an operator or editor does to the live site outside the browser, run as its own process.

    python -m tests.faults.sitectl prepare --trainees 12 --applicants 4
    python -m tests.faults.sitectl publish-title --page-id 7 --title "New title"
    python -m tests.faults.sitectl report
    python -m tests.faults.sitectl prepare-editor

It uses the live site's environment (DATABASE_URL, ELASTICSEARCH_URL, EMAIL_URL, settings module), so
it talks to the same throwaway services as the server, and prints JSON on its last line.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery-staple"


def _setup_django():
    for path in (ROOT, ROOT / "site"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.faults.site_settings")
    import django

    django.setup()


def _session_for(user):
    """A signed-in session of `user`, as the login view would create it (its key is the cookie value)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if user.is_staff:  # staff reach the admin only after a second factor, recorded as allauth records it
        from django.http import HttpRequest

        from allauth.account.internal.flows.login import record_authentication

        from tests.factories.accounts import enrol_authenticator_app

        request = HttpRequest()
        request.session = session
        authenticator = enrol_authenticator_app(user)
        record_authentication(request, user, "password", email=user.email)
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
    session.create()
    return session.session_key


def _person(factory, email, **kwargs):
    user = factory(email=email, **kwargs)
    return {"email": user.email, "session": _session_for(user)}


def _training(homes, seats):
    from tests.factories.training import CohortFactory, programme

    page_vi, page_en = programme(homes, title_en="Cloud engineering", title_vi="Kỹ sư điện toán đám mây")
    cohort = CohortFactory.for_programme(page_vi, code="FAULT-01", seats=seats, waitlist_limit=1000)
    return {"code": cohort.code, "urls": {"vi": page_vi.url, "en": page_en.url}}


def _parcels(homes, count):
    from land.demo.seeding import seed_pages
    from tests.factories.land import ParcelFactory, ZoneFactory

    seed_pages(homes)
    zone = ZoneFactory(code="F", name_vi="Khu F", name_en="Zone F")
    return [ParcelFactory(zone=zone, code=f"F-{number}").code for number in range(1, count + 1)]


def prepare(trainees, applicants):
    """The page tree, a programme with an open cohort, parcels, people with sessions, and a full search index."""
    from core.seeding import SeedContext
    from home.demo.seeding import seed_site
    from home.models import StandardPage
    from search.indexing import rebuild_all
    from tests.factories.accounts import StaffFactory, UserFactory
    from tests.factories.applications import ensure_review_group
    from tests.factories.training import TraineeFactory

    context = SeedContext(log=lambda message: None)
    seed_site(context)
    ensure_review_group("Investment officer")
    about = StandardPage.objects.filter(locale__language_code="en").live().order_by("path").first()
    result = {
        "training": _training(context.homes, seats=max(1, trainees // 2)),
        "parcels": _parcels(context.homes, applicants + 2),
        "trainees": [_person(TraineeFactory, f"trainee{n}@faults.example") for n in range(trainees)],
        "applicants": [_person(UserFactory, f"investor{n}@faults.example") for n in range(applicants)],
        "mail_trainee": _person(TraineeFactory, "mail-trainee@faults.example", preferred_language="en"),
        "mail_applicant": _person(UserFactory, "mail-investor@faults.example", preferred_language="en"),
        "officer": _person(StaffFactory, "officer@faults.example", groups=["Investment officer"]),
        # Editors submit for moderation; publishing is the Director's (or a legal reviewer's) permission.
        "publisher": _person(StaffFactory, "publisher@faults.example", groups=["Director"]),
        "about": {"id": about.pk, "url": about.url, "title": about.title},
    }
    result["documents"] = rebuild_all(log=lambda message: None)
    return result


def prepare_editor():
    """The transparency page with its targets, and an editor who signs in with a password and an
    authenticator app whose secret is returned (so a test types the codes, as the editor's phone would)."""
    from allauth.mfa.totp.internal.auth import generate_totp_secret

    from core.seeding import SeedContext
    from home.demo.seeding import ensure_home_pages
    from tests.factories.accounts import StaffFactory, enrol_authenticator_app
    from transparency.demo.seeding import seed_transparency
    from transparency.models import Target, TransparencyPage

    context = SeedContext(log=lambda message: None)
    context.homes = ensure_home_pages()
    seed_transparency(context)
    editor = StaffFactory(email="editor@faults.example", groups=["Editor"], preferred_language="en")
    secret = generate_totp_secret()
    enrol_authenticator_app(editor, secret)
    target = Target.objects.order_by("sort_order").first()
    page = TransparencyPage.objects.get(locale__language_code="en")
    return {
        "email": editor.email,
        "password": PASSWORD,
        "totp_secret": secret,
        "target": {"id": target.pk, "name_en": target.name_en},
        "page_url": page.url,
    }


def publish_title(page_id, title):
    """A publisher gives a page a new title and publishes it, as the admin's Publish button does."""
    from django.contrib.auth import get_user_model

    from wagtail.models import Page

    from search.models import PendingIndexUpdate

    publisher = get_user_model().objects.get(email="publisher@faults.example")
    page = Page.objects.get(pk=page_id).specific
    page.title = title
    page.save_revision(user=publisher).publish(user=publisher)
    page.refresh_from_db()
    return {"title": page.title, "live": page.live, "pending_index_updates": PendingIndexUpdate.objects.count()}


def report():
    """Every registration, submitted application and e-mail notice, grouped by the person's e-mail address."""
    from core.models import OutgoingEmail
    from investors.applications.models import InvestmentApplication
    from training.models import Registration

    registrations, applications, notices = {}, {}, {}
    for email, status in Registration.objects.values_list("trainee__email", "status"):
        registrations.setdefault(email, []).append(status)
    for application in InvestmentApplication.objects.select_related("applicant").prefetch_related("status_changes"):
        applications.setdefault(application.applicant.email, []).append(
            {
                "id": application.pk,
                "public_id": str(application.public_id),
                "status": application.status,
                "reference": application.reference,
                "submissions": sum(change.to_status == "submitted" for change in application.status_changes.all()),
            }
        )
    names = {"training": "training", "applications": "application"}
    for email, kind, status in OutgoingEmail.objects.order_by("pk").values_list("recipient__email", "kind", "status"):
        app, _dot, kind = kind.partition(".")
        notices.setdefault(email, []).append([names.get(app, app), kind, status])
    return {"registrations": registrations, "applications": applications, "notices": notices}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    preparing = commands.add_parser("prepare")
    preparing.add_argument("--trainees", type=int, default=12)
    preparing.add_argument("--applicants", type=int, default=4)
    publishing = commands.add_parser("publish-title")
    publishing.add_argument("--page-id", type=int, required=True)
    publishing.add_argument("--title", required=True)
    commands.add_parser("report")
    commands.add_parser("prepare-editor")
    options = parser.parse_args(argv)
    _setup_django()
    if options.command == "prepare":
        result = prepare(options.trainees, options.applicants)
    elif options.command == "publish-title":
        result = publish_title(options.page_id, options.title)
    elif options.command == "prepare-editor":
        result = prepare_editor()
    else:
        result = report()
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
