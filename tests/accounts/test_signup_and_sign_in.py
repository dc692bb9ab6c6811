"""Sign-up with profile questions, e-mail verification, sign-in, lockout and the dashboard."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from tests.factories.accounts import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "minh.nguyen@example.vn",
    "password1": "rung-thong-ho-xuan-huong",
    "password2": "rung-thong-ho-xuan-huong",
    "full_name": "Nguyễn Văn Minh",
    "phone": "+84 912 345 678",
    "organisation": "Công ty TNHH Phần mềm Cao Nguyên",
    "preferred_language": "en",
    "privacy_consent": "on",
}


def confirmation_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/account/confirm-email/\S+/)", message.body).group(1)


def test_sign_up_verify_email_then_sign_in(client):
    response = client.post("/en/account/signup/", SIGNUP)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="minh.nguyen@example.vn")
    assert (user.full_name, str(user.phone), user.organisation, user.preferred_language) == (
        "Nguyễn Văn Minh",
        "+84912345678",
        "Công ty TNHH Phần mềm Cao Nguyên",
        "en",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["minh.nguyen@example.vn"]

    # Unverified: signing in only re-sends the verification e-mail.
    client.post("/en/account/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert client.get("/en/account/").status_code == 302

    link = confirmation_link(mail.outbox[0])
    client.post(link)
    response = client.post("/en/account/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert response.status_code == 302
    dashboard = client.get("/en/account/")
    assert dashboard.status_code == 200
    assert "Nguyễn Văn Minh" in dashboard.content.decode()


def test_sign_up_errors_keep_what_was_typed(client):
    response = client.post("/en/account/signup/", {**SIGNUP, "password2": "something-else", "full_name": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="minh.nguyen@example.vn"' in html
    assert 'value="Công ty TNHH Phần mềm Cao Nguyên"' in html
    assert "This field is required." in html
    assert not get_user_model().objects.filter(email=SIGNUP["email"]).exists()


def test_sign_up_form_is_in_vietnamese_on_the_vietnamese_site(client):
    html = client.get("/vi/account/signup/").content.decode()
    assert "Họ và tên" in html
    assert '<html lang="vi">' in html


def test_repeated_wrong_passwords_lock_the_account_for_that_address(client, settings):
    user = UserFactory()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/en/account/login/", {"login": user.email, "password": "wrong"})
    response = client.post("/en/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert client.get("/en/account/").status_code == 302


def test_dashboard_requires_sign_in(client):
    response = client.get("/en/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")


def test_profile_can_be_edited(client):
    user = UserFactory(full_name="Lê Thị Hoa")
    client.force_login(user)
    response = client.post(
        "/en/account/profile/",
        {"full_name": "Lê Thị Hoa", "phone": "0263 382 1234", "organisation": "Sở TT&TT", "preferred_language": "en"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (str(user.phone), user.organisation, user.preferred_language) == ("+842633821234", "Sở TT&TT", "en")


def test_profile_rejects_an_empty_name_and_keeps_other_input(client):
    client.force_login(UserFactory())
    response = client.post(
        "/en/account/profile/", {"full_name": "", "phone": "0263 999", "organisation": "", "preferred_language": "vi"}
    )
    assert response.status_code == 200
    assert 'value="0263 999"' in response.content.decode()


def test_vietnamese_sign_up_errors_and_e_mail_are_in_vietnamese(client):
    response = client.post("/vi/account/signup/", {**SIGNUP, "password1": "ngan", "password2": "ngan"})
    assert "Mật khẩu quá ngắn" in response.content.decode()
    client.post("/vi/account/signup/", SIGNUP)
    assert mail.outbox[-1].subject.startswith("[Khu Công viên phần mềm Đà Lạt]")
