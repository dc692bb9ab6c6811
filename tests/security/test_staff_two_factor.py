"""Staff pass a second factor (authenticator app or recovery code) before any admin page.

Codes are computed here from the authenticator's secret (RFC 6238), as a phone app would.
"""

import io
import time

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import generate_totp_secret

from accounts.two_factor import STAFF_GROUPS, requires_two_factor
from tests.factories.accounts import (
    DEFAULT_PASSWORD,
    StaffFactory,
    UserFactory,
    enrol_authenticator_app,
    sign_in_staff,
    totp_code,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth remembers used codes and rate limits in the cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def officer_with_app():
    officer = StaffFactory(groups=["Investment officer"], preferred_language="en")
    secret = generate_totp_secret()
    enrol_authenticator_app(officer, secret)
    return officer, secret


def sign_in_with_password(client, user, next_url="/admin/", language="en"):
    """The site's sign-in form, reached the way the admin sends people to it."""
    return client.post(
        f"/{language}/account/login/?next={next_url}", {"login": user.email, "password": DEFAULT_PASSWORD}
    )


def admin_opens(client):
    return client.get("/admin/").status_code == 200


def test_password_then_code_opens_the_admin(client, officer_with_app):
    officer, secret = officer_with_app
    assert client.get("/admin/")["Location"].startswith("/vi/account/login/?next=/admin/")

    asked = sign_in_with_password(client, officer)
    assert asked["Location"] == "/en/account/2fa/authenticate/"
    assert not admin_opens(client), "the password alone opens nothing"
    page = client.get(asked["Location"]).content.decode()
    assert "Two-factor authentication" in page

    passed = client.post("/en/account/2fa/authenticate/", {"code": totp_code(secret)})
    assert passed["Location"] == "/admin/"
    assert admin_opens(client)


def test_a_wrong_code_is_refused(client, officer_with_app):
    officer, secret = officer_with_app
    sign_in_with_password(client, officer)
    wrong = f"{(int(totp_code(secret)) + 1) % 1_000_000:06d}"
    refused = client.post("/en/account/2fa/authenticate/", {"code": wrong})
    assert refused.status_code == 200
    assert "Incorrect code." in refused.content.decode()
    assert "_auth_user_id" not in client.session
    assert not admin_opens(client)


def test_a_recovery_code_works_once(officer_with_app):
    officer, _secret = officer_with_app
    code = RecoveryCodes.activate(officer).get_unused_codes()[0]

    first = Client()
    sign_in_with_password(first, officer)
    assert first.post("/en/account/2fa/authenticate/", {"code": code})["Location"] == "/admin/"
    assert admin_opens(first)

    second = Client()
    sign_in_with_password(second, officer)
    refused = second.post("/en/account/2fa/authenticate/", {"code": code})
    assert "Incorrect code." in refused.content.decode()
    assert not admin_opens(second)


@pytest.mark.django_db(transaction=True)  # allauth announces a new authenticator after commit, as in production
def test_staff_without_an_authenticator_are_sent_to_enrolment_not_the_admin(client):
    editor = StaffFactory(groups=["Editor"], preferred_language="en")
    response = client.get(sign_in_with_password(client, editor)["Location"], follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/2fa/totp/activate/?next=%2Fadmin%2F"
    page = response.content.decode()
    assert "Activate authenticator app" in page
    assert "Staff accounts need two-factor authentication." in page
    assert not admin_opens(client)

    secret = client.session["mfa.totp.secret"]  # the one the QR code on the page holds
    enrolled = client.post("/en/account/2fa/totp/activate/", {"code": totp_code(secret)})
    assert enrolled["Location"] == "/en/account/2fa/recovery-codes/"
    codes_page = client.get(enrolled["Location"]).content.decode()
    assert 'href="/admin/"' in codes_page, "the recovery codes page leads on to the admin"
    assert Authenticator.objects.filter(user=editor, type="totp").exists()
    assert admin_opens(client), "typing the app's code at enrolment was the second factor"


def test_a_session_that_skipped_the_second_factor_never_reaches_the_admin(client, officer_with_app):
    officer, secret = officer_with_app
    client.force_login(officer)  # as any sign-in that did not ask for a code would leave it
    asked = client.get("/admin/applications/inbox/")
    assert asked["Location"] == "/en/account/2fa/reauthenticate/?next=%2Fadmin%2Fapplications%2Finbox%2F"
    assert not admin_opens(client)

    confirmed = client.post("/en/account/2fa/reauthenticate/?next=/admin/", {"code": totp_code(secret)})
    assert confirmed["Location"] == "/admin/"
    assert admin_opens(client)


def staff_of_every_kind():
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    kinds = {name: StaffFactory(groups=[name]) for name in STAFF_GROUPS}
    kinds["superuser"] = UserFactory(is_superuser=True, is_staff=True)
    kinds["staff with admin access"] = StaffFactory()
    kinds["staff with admin access"].user_permissions.add(access_admin)
    return kinds


def test_every_kind_of_staff_must_pass_two_factor():
    assert set(Group.objects.filter(name__in=STAFF_GROUPS).values_list("name", flat=True)) == set(STAFF_GROUPS)
    for kind, user in staff_of_every_kind().items():
        client = Client()
        client.force_login(user)
        assert requires_two_factor(user), kind
        assert client.get("/admin/")["Location"].startswith("/vi/account/2fa/totp/activate/"), kind
        assert admin_opens(sign_in_staff(client, user)), kind


@pytest.mark.parametrize("language", ["en", "vi"])
def test_investors_sign_in_to_the_site_and_are_told_the_admin_is_not_for_them(client, language):
    investor = UserFactory(preferred_language=language)
    client.get("/admin/")
    signed_in = sign_in_with_password(client, investor, language=language)
    assert signed_in["Location"] == "/admin/"
    assert client.get(f"/{language}/account/").status_code == 200

    refused = client.get("/admin/", follow=True)
    assert refused.status_code == 403
    assert refused.redirect_chain == [], "no redirect, so no loop back to sign-in"
    assert ("No access to the admin" if language == "en" else "Không có quyền vào trang quản trị") in (
        refused.content.decode()
    )
    assert client.get("/admin/login/", follow=True).status_code == 403
    assert not requires_two_factor(investor)


def test_staff_cannot_switch_their_authenticator_app_off(client, officer_with_app):
    officer, _secret = officer_with_app
    sign_in_staff(client, officer)
    client.post("/en/account/2fa/totp/deactivate/")
    assert Authenticator.objects.filter(user=officer, type="totp").exists()


def test_reset_two_factor_removes_the_app_so_the_next_sign_in_enrols_again(client, officer_with_app):
    officer, _secret = officer_with_app
    RecoveryCodes.activate(officer)
    output = io.StringIO()
    call_command("reset_two_factor", officer.email.upper(), stdout=output)
    assert "Removed 2 authenticator(s)" in output.getvalue()
    assert not Authenticator.objects.filter(user=officer).exists()

    next_step = sign_in_with_password(client, officer)
    assert client.get(next_step["Location"])["Location"].startswith("/en/account/2fa/totp/activate/")


def test_reset_two_factor_ends_the_sessions_already_open_on_other_devices(client, officer_with_app):
    officer, _secret = officer_with_app
    bystander = StaffFactory(groups=["Editor"])
    lost_phone, colleague = Client(), Client()
    sign_in_staff(lost_phone, officer)
    sign_in_staff(colleague, bystander)
    assert lost_phone.get("/admin/").status_code == 200

    output = io.StringIO()
    call_command("reset_two_factor", officer.email, stdout=output)

    assert "ended 1 open session(s)" in output.getvalue()
    signed_out = lost_phone.get("/admin/")
    assert signed_out.status_code == 302 and "/account/login/" in signed_out["Location"], signed_out["Location"]
    assert colleague.get("/admin/").status_code == 200, "other people's sessions stay open"


def test_the_two_factor_pages_speak_vietnamese(client):
    editor = StaffFactory(groups=["Editor"])
    page = client.get(sign_in_with_password(client, editor, language="vi")["Location"], follow=True)
    html = page.content.decode()
    assert '<html lang="vi">' in html
    assert "Kích hoạt ứng dụng xác thực" in html
    assert "Tài khoản nhân viên cần xác thực hai lớp." in html

    client.post("/vi/account/2fa/totp/activate/", {"code": totp_code(client.session["mfa.totp.secret"])})
    codes = client.get("/vi/account/2fa/recovery-codes/").content.decode()
    assert "Mã khôi phục" in codes
    assert "tiếp tục vào trang quản trị" in codes


def test_a_code_from_the_previous_half_minute_is_still_accepted(client, officer_with_app):
    officer, secret = officer_with_app
    sign_in_with_password(client, officer)
    late = client.post("/en/account/2fa/authenticate/", {"code": totp_code(secret, at=time.time() - 30)})
    assert late["Location"] == "/admin/"


def test_demo_staff_are_enrolled_with_the_secret_the_readme_lists(client, site_tree, settings):
    from django.contrib.auth import get_user_model

    from home.demo.seeding import DEMO_PASSWORD, DEMO_TOTP_SECRET

    assert f"`{DEMO_TOTP_SECRET}`" in (settings.BASE_DIR / "README.md").read_text()
    users = get_user_model().objects
    assert not Authenticator.objects.filter(user__email__startswith="investor@").exists()
    officer = users.get(email="officer@demo.dalatpark.vn")
    client.post("/en/account/login/?next=/admin/", {"login": officer.email, "password": DEMO_PASSWORD})
    assert client.post("/en/account/2fa/authenticate/", {"code": totp_code(DEMO_TOTP_SECRET)})["Location"] == "/admin/"


def test_production_seeds_no_demo_accounts_and_no_demo_secret(settings):
    from django.contrib.auth import get_user_model

    from core.seeding import SeedContext
    from home.demo.seeding import seed_site

    settings.DEMO_ACCOUNTS_ENABLED = False
    seed_site(SeedContext())
    assert not get_user_model().objects.filter(email__endswith="@demo.dalatpark.vn").exists()
    assert not Authenticator.objects.exists()
