"""Who may act on an application is decided by Django permissions (`has_perm`), never by a group's name.

A group with another name holding the right permissions works; a group named like the officers' but
without them does not; other staff and anonymous visitors are refused.
"""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied

import pytest

from investors.applications import services
from investors.applications.models import ApplicationStatus
from investors.applications.queues import waiting_for_officer
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, director, move, officer, submitted_application

pytestmark = pytest.mark.django_db


def staff_with(group_name, *codenames):
    """A staff member of a group called `group_name` holding exactly `codenames` (and admin access)."""
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.set(Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return StaffFactory(groups=[group_name])


def renamed_officer():
    return staff_with("Chuyên viên thẩm định", "view_investmentapplication", "screen_application", "assign_application")


def renamed_director():
    return staff_with("Ban Giám đốc", "view_investmentapplication", "decide_application", "assign_application")


def test_a_differently_named_group_with_the_permissions_screens_assigns_and_decides(client):
    screener, decider = renamed_officer(), renamed_director()
    application = submitted_application()

    services.assign_officer(application.pk, decider, screener)
    services.take_step("start_screening", application.pk, screener, "Hồ sơ đủ.")
    services.take_step("start_appraisal", application.pk, screener, "Đạt yêu cầu.")
    services.take_step("approve", application.pk, decider, "Đồng ý.")

    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.assigned_officer == screener
    assert list(waiting_for_officer(screener)) == []
    sign_in_staff(client, screener)
    assert client.get(f"/admin/applications/inbox/review/{application.pk}/").status_code == 200


def test_the_group_name_alone_grants_nothing():
    impostor = staff_with("Investment officer (copy)", "view_investmentapplication")
    Group.objects.filter(name="Investment officer (copy)").update(name="Investment officer x")
    named_like_the_officers = staff_with("Director", "view_investmentapplication")  # the name, without the rights
    application = submitted_application()

    for actor in (impostor, named_like_the_officers):
        with pytest.raises(PermissionDenied):
            services.take_step("start_screening", application.pk, actor, "Thử.")
        with pytest.raises(PermissionDenied):
            services.assign_officer(application.pk, actor, None)
    with pytest.raises(services.ApplicationError):
        services.assign_officer(application.pk, renamed_director(), named_like_the_officers)  # not assignable


def test_an_officer_cannot_decide_and_a_director_cannot_screen():
    application = move(ApplicationFactory(), "submit", "start_screening", "start_appraisal")
    with pytest.raises(PermissionDenied):
        services.take_step("approve", application.pk, officer(), "Tự duyệt.")
    fresh = submitted_application()
    with pytest.raises(PermissionDenied):
        services.take_step("start_screening", fresh.pk, director(), "Thử.")


def test_the_officer_list_and_notices_follow_the_permission_not_the_group_name():
    from investors.applications.forms import AssignForm
    from investors.applications.notifications import officers_to_notify

    screener = renamed_officer()
    editor = StaffFactory(groups=["Editor"])
    application = submitted_application()

    choices = set(AssignForm().fields["officer"].queryset)
    assert screener in choices and editor not in choices
    assert screener in officers_to_notify(application)
    assert renamed_director() in officers_to_notify(application, directors=True)


@pytest.mark.parametrize("who", ["editor", "anonymous"])
def test_other_staff_and_anonymous_visitors_are_refused_the_review_page(client, who):
    application = submitted_application()
    if who == "editor":
        sign_in_staff(client, StaffFactory(groups=["Editor"]))
    response = client.get(f"/admin/applications/inbox/review/{application.pk}/")
    if who == "anonymous":
        assert response.status_code == 302 and "/admin/" not in response["Location"].split("?")[0][:7]
    else:
        assert response.status_code in (403, 404) or (
            response.status_code == 302 and response["Location"].rstrip("/") == "/admin"
        )
    assert application.company_name not in response.content.decode()


def test_the_officer_list_names_each_active_staff_member_granted_screening_once_whether_by_group_or_directly():
    from investors.applications.forms import AssignForm
    from investors.applications.notifications import officers_to_notify

    application = submitted_application()  # its officer is one of the already listed
    already = {user.pk for user in AssignForm().fields["officer"].queryset}
    by_group = renamed_officer()
    directly = StaffFactory()
    directly.user_permissions.add(Permission.objects.get(codename="screen_application"))
    both = renamed_officer()
    both.user_permissions.add(Permission.objects.get(codename="screen_application"))
    viewer = staff_with("Chỉ xem hồ sơ", "view_investmentapplication")
    deactivated = renamed_officer()
    deactivated.is_active = False
    deactivated.save(update_fields=["is_active"])
    not_staff = renamed_officer()
    not_staff.is_staff = False
    not_staff.save(update_fields=["is_staff"])
    superuser = StaffFactory(is_superuser=True)  # holds every permission, but is not granted screening
    # A permission of the same codename belonging to another app does not make an officer.
    from django.contrib.contenttypes.models import ContentType

    from land.models import Parcel

    namesake = StaffFactory()
    namesake.user_permissions.add(
        Permission.objects.create(
            codename="screen_application", name="Screen", content_type=ContentType.objects.get_for_model(Parcel)
        )
    )

    choices = [user.pk for user in AssignForm().fields["officer"].queryset if user.pk not in already]
    assert sorted(choices) == sorted([by_group.pk, directly.pk, both.pk])  # each once
    notified = [user.pk for user in officers_to_notify(application) if user.pk not in already]
    assert sorted(notified) == sorted([by_group.pk, directly.pk, both.pk])
    for left_out in (viewer, deactivated, not_staff, superuser, namesake, renamed_director()):
        assert left_out.pk not in choices and left_out.pk not in notified
