"""Every admin view the project registers renders for every staff role, with records written by the system
(log entries, status changes, messages without a user) present: never a server error, and a role without
permission never sees the data.

The views are found from Wagtail's registries (tests/security/admin_routes.py), so a view added later is
checked without editing this file. One dataset is built per module; each role is one test.
"""

import datetime

from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

import pytest

from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, move
from tests.factories.investors import IncentiveRuleFactory, PolicyIndexPageFactory, PolicyPageFactory
from tests.factories.land import BuildingFactory, ParcelFactory, UnitFactory, ZoneFactory
from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, TraineeFactory, programme

from .admin_routes import all_routes

STAFF_GROUPS = ["Editor", "Legal reviewer", "Investment officer", "Land officer", "Training coordinator", "Director"]
ROLES = [*STAFF_GROUPS, "superuser"]
# Text only people allowed to see the record may read: (text, permissions of which one suffices).
PRIVATE_MARKERS = [
    ("Công ty Riêng Tư Đánh Dấu", {"applications.view_investmentapplication"}),
    ("Nguyễn Riêng Tư", {"training.view_registration", "accounts.view_user"}),
    ("Ghi chú nội bộ đánh dấu", {"land.change_parcel_status", "land.view_parcelstatuschange"}),
    ("Người Xin Xóa Đánh Dấu", {"applications.view_deletionrequest", "accounts.view_user"}),
    ("Nhận xét riêng đánh dấu", {"ratings.view_application_ratings"}),
    ("Khách Tham Quan Đánh Dấu", {"visits.view_visitbooking"}),
    ("Câu hỏi riêng đánh dấu", {"visits.view_enquiry"}),
]
# Admin URLs added by `register_admin_urls` hooks: the model each is about, and the permission it needs.
HOOK_ROUTES = {
    "land_parcel_status": "land.Parcel",
    "land_parcel_retire": "land.Parcel",
    "land_unit_status": "land.Unit",
    "search_quality_report": "search.QueryDailyOutcome",
    "search_quality_report_results": "search.QueryDailyOutcome",
    "investors_policy_changes": "investors.PolicyChange",
}
# One permission, or several of which any one suffices.
SEARCH_PROMOTIONS = tuple(f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete"))
HOOK_PERMISSIONS = {
    "land_parcel_status": "land.change_parcel_status",
    "land_parcel_retire": "land.delete_parcel",
    "land_unit_status": "land.change_unit_status",
    "search_quality_report": SEARCH_PROMOTIONS,
    "search_quality_report_results": SEARCH_PROMOTIONS,
    "investors_policy_changes": "investors.view_incentiverule",
}
# Route names that answer 404 by design for the chosen objects (nothing scheduled to unschedule).
NOT_FOUND_BY_DESIGN = {"revisions_unschedule"}
UNKNOWN_USER_ID = 987654  # a log entry of a staff account deleted since (Wagtail keeps the id, no constraint)


def _system_entries(objects):
    """Log entries without a user (seeding, imports, tasks) and of a user who no longer exists."""
    for instance in objects:
        log(instance, "wagtail.edit", user=None)
        entry = log(instance, "wagtail.edit", user=None)
        if entry is not None:
            ModelLogEntry.objects.filter(pk=entry.pk).update(user_id=UNKNOWN_USER_ID)


def _land(actor):
    from land.models import ParcelStatusChange

    zone = ZoneFactory(code="A")
    zone.save_revision(user=None)
    parcels = {
        status: ParcelFactory(zone=zone, code=code, status=status)
        for status, code in (("leased", "A-1"), ("reserved", "A-2"), ("available", "A-3"), ("not_open", "A-4"))
    }
    retired = ParcelFactory(zone=zone, code="A-5", status="leased", retired_at=timezone.now(), retirement_reason="Gộp")
    for parcel in [*parcels.values(), retired]:
        ParcelStatusChange.objects.create(
            parcel=parcel,
            parcel_code=parcel.code,
            from_status="available",
            to_status=parcel.status,
            actor=None,
            reason="Ghi chú nội bộ đánh dấu",
        )
        parcel.save_revision(user=None)
    parcels["leased"].save_revision(user=actor)
    return {"zone": zone, "parcels": [parcels["leased"], retired], "available": parcels["available"]}


def _training(homes, coordinator):
    from training import services

    page_vi, _page_en = programme(homes)
    open_cohort = CohortFactory.for_programme(page_vi, code="OPEN-01", seats=2)
    SessionFactory(cohort=open_cohort)
    private = TraineeFactory(full_name="Nguyễn Riêng Tư")
    RegistrationFactory(cohort=open_cohort, trainee=private)
    RegistrationFactory(cohort=open_cohort, status="waitlisted")
    cancelled = RegistrationFactory(cohort=open_cohort, status="cancelled", cancelled_at=timezone.now())
    past = timezone.localdate() - datetime.timedelta(days=90)
    assessed = CohortFactory.for_programme(page_vi, code="DONE-01", starts_on=past, seats=5)
    sessions = SessionFactory.create_batch(2, cohort=assessed)
    registrations = RegistrationFactory.create_batch(3, cohort=assessed)
    for session in sessions:
        services.record_attendance(session, [registration.pk for registration in registrations[:2]], None)
    services.complete_cohort(assessed.pk)
    first, second = services.issue_certificates(assessed.pk)
    services.revoke_certificate(second.pk, coordinator, "Sao chép bài")
    from training.models import Certificate

    Certificate.objects.filter(pk=second.pk).update(revoked_by=None)  # the revoking account was removed
    return {
        "cohorts": [open_cohort, assessed],
        "registrations": [cancelled, registrations[2]],
        "certificates": [first, second],
    }


def _applications(homes, officer, director, available_parcel):
    from investors.applications.models import Message, StatusChange
    from investors.applications.personal_data import approve_deletion, request_deletion

    submitted = move(ApplicationFactory(company_name="Công ty Riêng Tư Đánh Dấu"), "submit")
    approved = ApplicationFactory(parcel_codes=[available_parcel.code])
    approved = move(
        approved,
        "submit",
        "start_screening",
        "start_appraisal",
        "approve",
        officer_user=officer,
        director_user=director,
    )
    for application in (submitted, approved):
        StatusChange.objects.create(
            application=application, from_status=application.status, to_status=application.status, actor=None
        )
        Message.objects.create(application=application, author=None, body="Tin nhắn hệ thống.")
    from ratings.models import Rating
    from ratings.services import answer_rating

    rating = Rating.objects.get(person=approved.applicant)  # the decision asked the applicant
    answer_rating(rating.pk, approved.applicant, 2, "Nhận xét riêng đánh dấu")
    pending = request_deletion(UserFactory(full_name="Người Xin Xóa Đánh Dấu"), "Xin xóa dữ liệu")
    decided = request_deletion(UserFactory(), "Xin xóa dữ liệu")
    approve_deletion(decided.pk, director)
    return {"applications": [submitted, approved], "deletions": [pending, decided], "ratings": [rating]}


def _organisation():
    from accounts import organisations
    from tests.factories.organisations import OrganisationFactory

    owner = UserFactory(full_name="Chủ Tổ Chức")
    organisation = OrganisationFactory(owner=owner, members=[UserFactory()])
    organisations.invite(organisation, owner, "dong.nghiep@example.vn")
    return organisation


def build_dataset():
    from core.seeding import SeedContext
    from home.demo.seeding import seed_site
    from investors.applications.demo.seeding import seed_review_panel
    from land.demo.seeding import seed_pages
    from tests.factories.applications import ensure_review_group
    from transparency.demo.seeding import seed_transparency
    from transparency.models import Target

    context = SeedContext()
    seed_site(context)
    homes = context.homes
    seed_pages(homes)
    seed_transparency(SeedContext(homes=homes))
    seed_review_panel(SeedContext(homes=homes))  # allocation criteria and decision-letter templates
    for name in ("Investment officer", "Director"):
        ensure_review_group(name)
    users = {group: StaffFactory(groups=[group], full_name=f"{group} (staff)") for group in STAFF_GROUPS}
    users["superuser"] = StaffFactory(is_superuser=True, full_name="Quản trị viên")
    land = _land(users["Land officer"])
    policy = PolicyPageFactory(parent=PolicyIndexPageFactory(parent=homes["vi"]))
    rule = IncentiveRuleFactory(policy=policy)
    training = _training(homes, users["Training coordinator"])
    applications = _applications(homes, users["Investment officer"], users["Director"], land["available"])
    targets = list(Target.objects.order_by("pk")[:1])
    building = BuildingFactory(code="T1", zone=land["zone"])
    units = [
        UnitFactory(building=building, code="T1-201"),
        UnitFactory(building=building, code="T1-101", kind="coworking"),
    ]
    for instance in (building, *units):
        instance.save_revision(user=None)
    visits = _visits()
    objects = {
        "land.Zone": [land["zone"]],
        "land.Parcel": land["parcels"],
        "land.Building": [building],
        "land.Unit": units,
        "investors.IncentiveRule": [rule],
        "training.Cohort": training["cohorts"],
        "training.Registration": training["registrations"],
        "training.Certificate": training["certificates"],
        "applications.InvestmentApplication": applications["applications"],
        "applications.DeletionRequest": applications["deletions"],
        "transparency.Target": targets,
        "ratings.Rating": applications["ratings"],
        **visits,
        "accounts.User": [training["registrations"][0].trainee, users["Editor"]],
        "accounts.Organisation": [_organisation()],
        "home.LibraryDocument": [_library_document()],
        **_one_stop_desk(),
    }
    _system_entries([instance for instances in objects.values() for instance in instances])
    return {"users": users, "objects": objects}


def _library_document():
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from home.models import LibraryDocument

    document = get_document_model()(title="Land lease form")
    document.file.save("form.pdf", ContentFile(b"%PDF-1.4 form"), save=False)
    document.save()
    return LibraryDocument.objects.create(title_vi="Mẫu đơn thuê đất", title_en="Land lease form", document=document)


def _one_stop_desk():
    """An officer and an opening period of the contact page's one-stop desk."""
    import datetime as dt

    from home.models import DeskOfficer, OpeningPeriod

    officer = DeskOfficer.objects.create(
        name="Nguyễn Thị Mai", role_vi="Trưởng bộ phận", handles_vi="Hồ sơ đầu tư", phone="+842633000001",
        languages=["vi", "en"],
    )  # fmt: skip
    period = OpeningPeriod.objects.create(weekday=0, opens=dt.time(7, 30), closes=dt.time(11, 30))
    return {"home.DeskOfficer": [officer], "home.OpeningPeriod": [period]}


def _visits():
    """A slot with a booking (on the slot's day, so the calendar lists it), a parcel enquiry and a question
    from the contact page."""
    from tests.factories.visits import EnquiryFactory, VisitBookingFactory, VisitSlotFactory

    slot = VisitSlotFactory(date=timezone.localdate())
    booking = VisitBookingFactory(slot=slot, name="Khách Tham Quan Đánh Dấu", parcel_codes=["A-1"])
    enquiry = EnquiryFactory(message="Câu hỏi riêng đánh dấu")
    question = EnquiryFactory(kind="general", parcel_code="", message="Câu hỏi riêng đánh dấu")
    return {"visits.VisitSlot": [slot], "visits.VisitBooking": [booking], "visits.Enquiry": [enquiry, question]}


@pytest.fixture(scope="module")
def dataset(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction rolled back afterwards; each test runs in a savepoint."""
    with django_db_blocker.unblock(), override_settings(ELASTICSEARCH_URL=""), transaction.atomic():
        yield build_dataset()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def routes(dataset):
    from django.apps import apps

    objects = dataset["objects"]

    def objects_for(model):
        if model._meta.label in objects:
            return objects[model._meta.label]
        return list(model._default_manager.order_by("pk")[:1])

    hook_models = {name: apps.get_model(label) for name, label in HOOK_ROUTES.items()}
    return all_routes(objects_for, hook_models)


def may_see(user, route):
    """Whether `user` is entitled to a page of `route` (its viewset's policy, or the permission it needs)."""
    if route.model is None or route.any_staff:
        return True
    name = route.name.split(":")[-1]
    if name in HOOK_PERMISSIONS:
        needed = HOOK_PERMISSIONS[name]
        return any(user.has_perm(permission) for permission in ((needed,) if isinstance(needed, str) else needed))
    policy = route.permission_policy
    if policy is None:
        from wagtail.permission_policies import ModelPermissionPolicy

        policy = ModelPermissionPolicy(route.model)
    if route.action:
        return policy.user_has_permission(user, route.action)
    return policy.user_has_any_permission(user, ["view", "add", "change", "delete", "publish", "lock"])


def check(client, user, route):
    """One request: the problems found, as sentences (empty when the view behaves)."""
    response = client.get(route.url)
    status = response.status_code
    problems = []
    if status >= 500:
        return [f"{route}: {status}"]
    if status == 302 and not response["Location"].startswith("/admin/"):
        problems.append(f"{route}: redirects out of the admin to {response['Location']}")
    if status == 404 and route.name.split(":")[-1] not in NOT_FOUND_BY_DESIGN:
        problems.append(f"{route}: 404")
    if status == 200:
        if not may_see(user, route):
            problems.append(f"{route}: 200 for a role without permission")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace")
        for marker, permissions in PRIVATE_MARKERS:
            if marker in text and not any(user.has_perm(permission) for permission in permissions):
                problems.append(f"{route}: shows “{marker}” to a role without {sorted(permissions)}")
    return problems


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_view_renders_for_the_role_and_hides_what_it_may_not_see(client, dataset, routes, role, db):
    user = dataset["users"][role]
    sign_in_staff(client, user)

    problems = [problem for route in routes for problem in check(client, user, route)]

    assert not problems, "\n".join(problems)


def test_the_admin_views_found_cover_every_project_viewset_and_custom_view(routes, db):
    names = {route.name.split(" ")[0] for route in routes}
    for expected in (
        "wagtailsnippets_land_parcel:edit",
        "wagtailsnippets_land_parcel:history",
        "wagtailsnippets_land_zone:usage",
        "wagtailsnippets_land_building:edit",
        "wagtailsnippets_land_unit:edit",
        "wagtailsnippets_land_unit:history",
        "wagtailsnippets_investors_incentiverule:delete",
        "wagtailsnippets_transparency_target:list",
        "wagtailsnippets_home_footertext:edit",
        "land_parcel_status",
        "land_parcel_retire",
        "training_cohort:inspect",
        "training_cohort:attendance",
        "training_registration:cancel",
        "training_certificate:revoke",
        "applications_review:review",
        "applications_deletion:approve",
        "wagtailusers_users:edit",
        "wagtailadmin_home",
    ):
        assert expected in names, expected
    assert any("export" in route.name for route in routes)
    assert any(route.name.startswith("settings") for route in routes)


def test_deleting_anything_in_the_admin_never_fails_with_a_server_error(dataset, routes, db):
    """The superuser confirms every delete view: refused deletions say why, none is a server error."""
    from django.contrib.auth import get_user_model

    from land.models import Parcel
    from training.models import Attendance, Cohort

    User = get_user_model()

    attendance = Attendance.objects.count()
    client = Client(raise_request_exception=False)
    sign_in_staff(client, dataset["users"]["superuser"])
    failures = []
    for route in routes:
        if route.name.endswith(":delete") or route.name == "bulk delete":
            response = client.post(route.url)
            if response.status_code >= 500:
                failures.append(f"{route}: {response.status_code}")

    assert not failures, "\n".join(failures)

    assert Parcel.objects.filter(code__in=["A-1", "A-2", "A-5"]).count() == 3  # leased, reserved, retired
    assert Cohort.objects.filter(code__in=["OPEN-01", "DONE-01"]).count() == 2  # they have registrations
    assert User.objects.filter(full_name="Nguyễn Riêng Tư").exists()  # a trainee's records keep their account
    assert Attendance.objects.count() == attendance
