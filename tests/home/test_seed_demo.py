"""`seed_demo` as a maintainer relies on it: repeatable, complete in both languages, accounts that work.

These tests share one seeded database (the `seeded_demo` fixture of tests/conftest.py); what a test
changes is rolled back after it. They assert properties of the demo, not the numbers in its seed files.
"""

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import models
from django.db.models import Q

from wagtail.models import Page, TranslatableMixin

import pytest

from tests.conftest import model_counts

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed")]

PROJECT_APPS = {"accounts", "home", "investors", "applications", "land", "training", "transparency"}
TEXT_FIELDS = (models.CharField, models.TextField)


def content_snapshot():
    """Every row of the project's content models and of Wagtail's pages and revisions, field by field."""
    labels = PROJECT_APPS | {"wagtailcore", "wagtailimages"}
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.app_label in labels and not model._meta.proxy
    }


def test_running_seed_demo_again_changes_no_row(seeded_demo):
    before = content_snapshot()
    call_command("seed_demo", verbosity=0)
    assert model_counts() == seeded_demo.counts
    after = content_snapshot()
    changed = [label for label in before if before[label] != after[label]]
    assert changed == []


def test_seed_demo_rejects_an_absurd_scale(seeded_demo):
    for scale in (0, -1, 1001):
        with pytest.raises(CommandError):
            call_command("seed_demo", scale=scale, verbosity=0)
    assert model_counts() == seeded_demo.counts


def test_every_page_and_snippet_exists_in_vietnamese_and_english(seeded_demo):
    translatable = [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and not model._meta.abstract and model._meta.concrete_model is model
    ]
    checked = 0
    for model in translatable:
        rows = model.objects.all()
        if issubclass(model, Page):
            rows = rows.filter(depth__gt=1)  # Wagtail's root page belongs to no language
        languages_by_key = {}
        for key, language in rows.values_list("translation_key", "locale__language_code"):
            languages_by_key.setdefault(key, set()).add(language)
        missing = {key: languages for key, languages in languages_by_key.items() if languages != {"vi", "en"}}
        assert missing == {}, model._meta.label
        checked += len(languages_by_key)
    assert checked > 0


def test_no_translated_text_is_left_empty_in_one_language(seeded_demo):
    """A page's text filled in Vietnamese is filled in English too, and every `*_vi` field has its `*_en`."""
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        fields = {field.name: field for field in model._meta.concrete_fields}
        for name, field in fields.items():
            twin = name[:-3] + "_en"
            if name.endswith("_vi") and twin in fields and isinstance(field, TEXT_FIELDS):
                one_sided = model.objects.filter(Q(**{name: ""}) ^ Q(**{twin: ""}))
                assert not one_sided.exists(), f"{model._meta.label}.{name}/{twin}"
    for model in apps.get_models():
        if not issubclass(model, Page) or model is Page or model._meta.app_label not in PROJECT_APPS:
            continue
        own_text = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, TEXT_FIELDS) and field.model is model and not field.choices
        ]
        english = {page.translation_key: page for page in model.objects.filter(locale__language_code="en")}
        for page in model.objects.filter(locale__language_code="vi"):
            translation = english[page.translation_key]
            for name in ["title", *own_text]:
                if getattr(page, name):
                    assert getattr(translation, name), f"{model._meta.label} {translation.slug}: {name}"


def test_demo_accounts_can_sign_in(client, seeded_demo):
    from home.demo.seeding import DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET
    from tests.factories.accounts import totp_code

    for email, _name, groups, is_superuser in DEMO_ACCOUNTS:
        client.logout()
        response = client.post("/en/account/login/", {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        if groups or is_superuser:  # staff: the authenticator code next, then the admin opens
            assert response["Location"] == "/en/account/2fa/authenticate/", email
            client.post(response["Location"], {"code": totp_code(DEMO_TOTP_SECRET)})
            assert client.get("/admin/").status_code == 200, email
        else:
            assert client.session.get("_auth_user_id"), email


def test_main_navigation_follows_the_investor_journey_in_both_languages(seeded_demo):
    from home.demo.seeding import MENU_ORDER

    homes = seeded_demo.homes
    vietnamese = list(homes["vi"].get_children().in_menu())
    english = list(homes["en"].get_children().in_menu())
    assert vietnamese
    assert [page.slug for page in vietnamese] == [slug for slug in MENU_ORDER if slug in {p.slug for p in vietnamese}]
    assert [page.translation_key for page in english] == [page.translation_key for page in vietnamese]
