"""Sign-up, sign-in, password reset and the profile under hostile input: never a server error, errors in
the page's language, what was typed kept, and no account created from invalid data."""

from django.contrib.auth import get_user_model

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.factories.accounts import UserFactory

from .checks import assert_in_language, assert_kept, assert_no_server_error
from .strategies import hostile_text, hostile_value

pytestmark = pytest.mark.django_db
HOSTILE = settings.get_profile("hostile")

emails = st.one_of(hostile_text, st.emails().map(lambda email: email + "\x00"), st.just("person0@example.com"))
signup_data = st.fixed_dictionaries(
    {
        "email": emails,
        "password1": hostile_text,
        "password2": hostile_text,
        "full_name": hostile_text,
        "phone": hostile_text,
        "organisation": hostile_text,
        "preferred_language": hostile_value,
    }
)


@settings(HOSTILE)
@given(data=signup_data)
@example(
    data={
        "email": "new\x00@example.com",
        "password1": "a",
        "password2": "b",
        "full_name": "Nguyễn\x00 Văn An",
        "phone": "1" * 500,
        "organisation": "<script>alert(1)</script>",
        "preferred_language": ["vi", "en"],
    }
)
@example(
    data={
        "email": "taken@example.com",
        "password1": "correct-horse-battery-staple",
        "password2": "correct-horse-battery-staple",
        "full_name": "Trần Thị Bình",
        "phone": "",
        "organisation": "",
        "preferred_language": "xx",
    }
)
def test_sign_up_rejects_hostile_data_in_the_page_language(client, world, language, data):
    UserFactory(email="taken@example.com") if not get_user_model().objects.filter(email="taken@example.com") else None
    before = get_user_model().objects.count()
    response = client.post(f"{language.prefix}account/signup/", data)
    assert_no_server_error(response, data)
    if response.status_code == 302:  # a valid sign-up: exactly one new account
        assert get_user_model().objects.count() == before + 1
        return
    assert response.status_code in (200, 400), response.status_code
    assert get_user_model().objects.count() == before
    assert_in_language(response, language, data)
    if response.status_code == 200 and isinstance(data["full_name"], str) and "\r" not in data["full_name"]:
        assert_kept(response, data["full_name"])


@settings(HOSTILE)
@given(login=hostile_text, password=hostile_text, remember=hostile_value)
@example(login="person@example.com\x00", password="\x00", remember="on")
@example(login="' OR '1'='1", password="' OR '1'='1", remember=["1", "2"])
def test_sign_in_refuses_hostile_credentials_in_the_page_language(client, world, language, login, password, remember):
    data = {"login": login, "password": password, "remember": remember}
    response = client.post(f"{language.prefix}account/login/", data)
    assert_no_server_error(response, data)
    assert response.status_code in (200, 400, 429), response.status_code  # 429: axes locked the address out
    assert "_auth_user_id" not in client.session
    assert_in_language(response, language, data)


@settings(HOSTILE)
@given(email=emails)
@example(email="a@b\x00.com")
@example(email="x" * 10_050 + "@example.com")
def test_password_reset_answers_any_address_in_the_page_language(client, world, language, email):
    response = client.post(f"{language.prefix}account/password/reset/", {"email": email})
    assert_no_server_error(response, email)
    assert response.status_code in (200, 302, 400)
    assert_in_language(response, language, email)


@settings(HOSTILE)
@given(
    data=st.fixed_dictionaries(
        {
            "full_name": hostile_text,
            "phone": hostile_text,
            "organisation": hostile_text,
            "preferred_language": hostile_value,
        }
    )
)
@example(data={"full_name": "\x00", "phone": "+84\u202e", "organisation": "x" * 10_050, "preferred_language": "vi"})
def test_profile_keeps_its_values_when_given_hostile_data(client, world, language, data):
    user = UserFactory(full_name="Lê Văn Cường")
    client.force_login(user)
    response = client.post(f"{language.prefix}account/profile/", data)
    assert_no_server_error(response, data)
    if response.status_code == 200:
        user.refresh_from_db()
        assert user.full_name == "Lê Văn Cường"
        assert_in_language(response, language, data)
