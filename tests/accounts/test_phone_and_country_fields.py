"""Phone numbers are validated and stored in E.164 (django-phonenumber-field); countries come from the
full ISO 3166 list in the page's language (django-countries); the data migrations converted old
free-text values without losing any."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model

import pytest

from investors.applications.models import InvestmentApplication
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db

PHONE_MIGRATION = importlib.import_module("accounts.migrations.0004_phone_e164")
APPLICATION_MIGRATION = importlib.import_module("investors.applications.migrations.0018_phone_and_country_fields")


def profile(client, phone, language="en"):
    return client.post(
        f"/{language}/account/profile/",
        {"full_name": "Lê Thị Hoa", "phone": phone, "organisation": "", "preferred_language": language},
    )


@pytest.mark.parametrize("typed", ["0263 382 1234", "+84 263 382 1234", "(0263) 3.821.234"])
def test_a_phone_typed_the_vietnamese_way_is_stored_in_e164(client, typed):
    user = UserFactory()
    client.force_login(user)
    assert profile(client, typed).status_code == 302
    user.refresh_from_db()
    assert str(user.phone) == "+842633821234"


def test_a_foreign_phone_keeps_its_country_code(client):
    user = UserFactory()
    client.force_login(user)
    profile(client, "+65 6123 4567")
    user.refresh_from_db()
    assert str(user.phone) == "+6561234567"


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Enter a valid phone number"), ("vi", "Hãy nhập một số điện thoại hợp lệ")],
)
def test_an_invalid_phone_is_refused_in_the_page_language_and_kept_as_typed(client, language, message):
    user = UserFactory(phone="")
    client.force_login(user)
    response = profile(client, "0263 999", language)
    page = response.content.decode()
    assert response.status_code == 200 and message in page and 'value="0263 999"' in page
    user.refresh_from_db()
    assert str(user.phone or "") == ""


@pytest.mark.parametrize(
    ("language", "vietnam", "faroe"), [("en", "Vietnam", "Faroe Islands"), ("vi", "Việt Nam", "Quần đảo Faroe")]
)
def test_the_company_step_offers_every_iso_country_in_the_page_language(client, language, vietnam, faroe):
    application = ApplicationFactory(status="draft", country="")
    client.force_login(application.applicant)
    page = client.get(f"/{language}/apply/{application.public_id}/step/company/").content.decode()
    select = page[page.index('name="country"') : page.index("</select>", page.index('name="country"'))]
    assert select.count("<option") > 240
    assert f'value="VN">{vietnam}</option>' in select and f'value="FO">{faroe}</option>' in select
    # Vietnam heads the list (settings.COUNTRIES_FIRST), right after the empty choice.
    assert select.index('value="VN"') < select.index('value="AF"')


def test_the_company_step_refuses_an_invalid_contact_phone_in_vietnamese(client):
    application = ApplicationFactory(status="draft")
    client.force_login(application.applicant)
    data = {
        "company_name": "Công ty Thông Xanh",
        "country": "SG",
        "registration_number": "5800123456",
        "company_address": "1 Hùng Vương",
        "representative_name": "Trần Thị Bình",
        "contact_email": "binh@example.com",
        "contact_phone": "12",
    }
    response = client.post(f"/vi/apply/{application.public_id}/step/company/", data)
    assert "Hãy nhập một số điện thoại hợp lệ" in response.content.decode()
    assert '<option value="SG" selected>' in response.content.decode()  # the chosen country is kept
    response = client.post(
        f"/vi/apply/{application.public_id}/step/company/", {**data, "contact_phone": "0912 345 678"}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert (str(application.contact_phone), application.country.code) == ("+84912345678", "SG")


def test_the_migration_converts_readable_phones_and_keeps_unreadable_ones_as_typed():
    readable, short, words = UserFactory(), UserFactory(), UserFactory()
    User = get_user_model()
    # What the old free-text field held (an update stores text that is no number as it is).
    User.objects.filter(pk=readable.pk).update(phone="0263 000 111")
    User.objects.filter(pk=short.pk).update(phone="+84 263 382 1234")
    User.objects.filter(pk=words.pk).update(phone="ask the front desk")
    PHONE_MIGRATION.phones_to_e164(apps, None)
    stored = dict(User.objects.filter(pk__in=[readable.pk, short.pk, words.pk]).values_list("pk", "phone"))
    assert str(stored[readable.pk]) == "+84263000111"
    assert str(stored[short.pk]) == "+842633821234"
    assert str(stored[words.pk]) == "ask the front desk"


@pytest.mark.parametrize(
    ("old", "new"),
    [("VN", "VN"), ("jp", "JP"), ("Việt Nam", "VN"), ("Nhật Bản", "JP"), ("Singapore", "SG"), ("ZZ", "")],
)
def test_the_migration_turns_country_names_in_both_languages_into_iso_codes(old, new):
    assert APPLICATION_MIGRATION.country_code(old) == new


def test_the_migration_converts_application_countries_and_contact_phones():
    application = ApplicationFactory()
    InvestmentApplication.objects.filter(pk=application.pk).update(country="ZZ", contact_phone="0263 382 1234")
    APPLICATION_MIGRATION.convert(apps, None)
    application.refresh_from_db()
    assert (str(application.country), str(application.contact_phone)) == ("", "+842633821234")
