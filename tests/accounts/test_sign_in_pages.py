"""The sign-in, sign-up, password and e-mail pages: the site's look and wording in both languages, and
the way back to the application form."""

import pytest

from tests.factories.accounts import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_apply_asks_to_sign_in_says_why_and_returns_to_the_form_afterwards(client):
    response = client.get("/en/apply/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/login/?next=/en/apply/"
    page = response.content.decode()
    assert "Sign in to apply" in page
    assert "you will come back to the application form" in page
    assert 'href="/en/account/signup/?next=%2Fen%2Fapply%2F"' in page  # creating an account keeps the way back

    user = UserFactory()
    response = client.post(
        "/en/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD, "next": "/en/apply/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/apply/"


def test_sign_in_without_a_destination_gives_no_reason(client):
    page = client.get("/en/account/login/").content.decode()
    assert "Sign in to apply" not in page


def test_sign_in_page_speaks_vietnamese_with_the_site_wording(client):
    page = client.get("/vi/account/login/?next=/vi/apply/").content.decode()
    assert '<h1 class="account-page__title">Đăng nhập</h1>' in page
    assert "Ghi nhớ đăng nhập" in page
    assert "Đăng nhập để nộp hồ sơ" in page
    assert "Tạo tài khoản" in page


def test_english_account_pages_use_sentence_case_not_allauths_title_case(client):
    login = client.get("/en/account/login/").content.decode()
    assert '<h1 class="account-page__title">Sign in</h1>' in login
    assert "Remember me</label>" in login
    assert "Sign In" not in login and "Remember Me" not in login
    signup = client.get("/en/account/signup/").content.decode()
    assert "Sign up" in signup and "Sign Up" not in signup
    reset = client.get("/en/account/password/reset/").content.decode()
    assert "Password reset" in reset and "Password Reset" not in reset


@pytest.mark.parametrize("path", ["/en/account/login/", "/vi/account/signup/", "/en/account/password/reset/"])
def test_account_forms_use_the_sites_fields_and_buttons(client, path):
    page = client.get(path).content.decode()
    assert 'class="account-form"' in page
    assert '<div class="field">' in page  # labelled field blocks, not allauth's bare paragraphs
    assert 'class="button"' in page
    assert "css/accounts.css" in page


def test_signed_in_password_and_email_pages_use_the_site_style(client):
    user = UserFactory()
    client.force_login(user)
    for path in ("/en/account/password/change/", "/en/account/email/"):
        page = client.get(path).content.decode()
        assert 'class="account-form"' in page, path
        assert "Change password" in page or "E-mail addresses" in page
