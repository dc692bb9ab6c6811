"""Privacy, terms and accessibility pages, and consent to the privacy notice: recorded at sign-up, asked
again when the notice's version changes, before applying."""

from django.contrib.auth import get_user_model

import pytest

from accounts.models import PrivacyConsent
from home.models import LegalPages
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "lan.tran@example.vn",
    "password1": "doi-che-cau-dat-2026",
    "password2": "doi-che-cau-dat-2026",
    "full_name": "Trần Thị Lan",
    "preferred_language": "vi",
}


def change_notice_version(version):
    legal = LegalPages.load()
    legal.privacy_notice_version = version
    legal.save()


def test_sign_up_without_accepting_the_privacy_notice_creates_no_account_and_keeps_the_answers(client, site_tree):
    response = client.post("/vi/account/signup/", SIGNUP)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Vui lòng đồng ý với thông báo về xử lý dữ liệu cá nhân để tạo tài khoản." in page
    assert 'value="Trần Thị Lan"' in page
    assert not get_user_model().objects.filter(email=SIGNUP["email"]).exists()


def test_sign_up_records_consent_to_the_current_notice_version_and_links_the_notice(client, site_tree):
    page = client.get("/en/account/signup/").content.decode()
    assert '<a href="/en/privacy/">privacy notice</a>' in page
    change_notice_version("2026-03")

    response = client.post("/en/account/signup/", {**SIGNUP, "privacy_consent": "on"})

    assert response.status_code == 302
    user = get_user_model().objects.get(email=SIGNUP["email"])
    assert list(user.privacy_consents.values_list("notice_version", flat=True)) == ["2026-03"]


def test_a_changed_notice_asks_a_signed_in_user_to_accept_again_before_applying(client, site_tree):
    user = UserFactory()  # accepted the version in force at sign-up
    client.force_login(user)
    assert client.get("/en/apply/")["Location"].startswith("/en/apply/")  # straight to the form

    change_notice_version("2026-07")
    response = client.get("/en/apply/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/privacy-consent/?next=%2Fen%2Fapply%2F"

    page = client.get(response["Location"]).content.decode()
    assert "The privacy notice has changed" in page and "2026-07" in page
    refused = client.post("/en/account/privacy-consent/", {"next": "/en/apply/"})
    assert "Please accept the privacy notice to continue" in refused.content.decode()
    assert not PrivacyConsent.objects.filter(user=user, notice_version="2026-07").exists()

    accepted = client.post("/en/account/privacy-consent/", {"accept": "on", "next": "/en/apply/"})
    assert accepted["Location"] == "/en/apply/"
    assert PrivacyConsent.objects.filter(user=user, notice_version="2026-07").exists()
    assert client.get("/en/apply/")["Location"].startswith("/en/apply/")


def test_the_consent_page_never_sends_the_person_to_another_site(client, site_tree):
    client.force_login(UserFactory(privacy_consent=False))
    response = client.post("/en/account/privacy-consent/", {"accept": "on", "next": "https://evil.example/"})
    assert response["Location"] == "/en/account/"


@pytest.mark.parametrize(
    ("language", "paths", "titles"),
    [
        ("en", ["/en/privacy/", "/en/terms/", "/en/accessibility/"], ["Privacy notice", "Terms of use"]),
        (
            "vi",
            ["/vi/quyen-rieng-tu/", "/vi/dieu-khoan-su-dung/", "/vi/kha-nang-tiep-can/"],
            ["Thông báo về xử lý dữ liệu cá nhân", "Điều khoản sử dụng"],
        ),
    ],
)
def test_privacy_terms_and_accessibility_pages_exist_in_both_languages_and_every_footer_links_them(
    client, site_tree, language, paths, titles
):
    for path in paths:
        assert client.get(path).status_code == 200, path
    for page_path in (f"/{language}/", paths[1], f"/{language}/account/login/"):
        footer = client.get(page_path).content.decode().split("<footer", 1)[1]
        for path in paths:
            assert f'href="{path}"' in footer, (page_path, path)
        for title in titles:
            assert title in footer
    privacy = client.get(paths[0]).content.decode()
    assert "13/2023" in privacy and "91/2025/QH15" in privacy


def test_the_personal_data_export_lists_the_accepted_notice_versions(client, site_tree):
    user = UserFactory()
    client.force_login(user)
    data = client.get("/en/account/my-data.json").json()
    assert [consent["notice_version"] for consent in data["account"]["privacy_consents"]] == ["2026-01"]
