"""`seed_demo` builds the bilingual site and is idempotent."""

from django.apps import apps
from django.core.management import call_command

import pytest

pytestmark = pytest.mark.django_db


def model_counts():
    """Rows per model of the project and of Wagtail's content tables."""
    labels = {
        "accounts",
        "home",
        "investors",
        "land",
        "training",
        "transparency",
        "wagtailcore",
        "wagtailimages",
        "auth",
    }
    return {model._meta.label: model.objects.count() for model in apps.get_models() if model._meta.app_label in labels}


def test_running_seed_demo_twice_changes_nothing():
    call_command("seed_demo", verbosity=0)
    first = model_counts()
    call_command("seed_demo", verbosity=0)
    assert model_counts() == first
    assert first["home.HomePage"] == 2
    assert first["home.NewsPage"] == 6


def test_seed_demo_rejects_an_absurd_scale():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("seed_demo", scale=0)


def test_demo_accounts_can_sign_in(client):
    call_command("seed_demo", verbosity=0)
    from home.demo.seeding import DEMO_PASSWORD, DEMO_TOTP_SECRET
    from tests.factories.accounts import totp_code

    response = client.post("/en/account/login/", {"login": "editor@demo.dalatpark.vn", "password": DEMO_PASSWORD})
    assert response["Location"] == "/en/account/2fa/authenticate/"  # staff: the authenticator code next
    client.post(response["Location"], {"code": totp_code(DEMO_TOTP_SECRET)})
    assert client.get("/admin/").status_code == 200


def test_main_navigation_follows_the_investor_journey_in_both_languages(client):
    call_command("seed_demo", verbosity=0)
    from home.demo.seeding import MENU_ORDER
    from home.models import HomePage

    homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    vietnamese = list(homes["vi"].get_children().in_menu())
    english = list(homes["en"].get_children().in_menu())
    assert [page.slug for page in vietnamese] == [slug for slug in MENU_ORDER if slug in {p.slug for p in vietnamese}]
    assert [page.translation_key for page in english] == [page.translation_key for page in vietnamese]
    assert [page.slug for page in english][-3:] == ["news", "about", "contact"]
