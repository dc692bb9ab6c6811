"""Transparency left the home app for its own: targets, pages and permissions made before the move survive it.

Runs on whichever database the suite uses; CI runs it on PostgreSQL and again on SQLite.
"""

import datetime
import uuid
from decimal import Decimal

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils.html import escape

import pytest

from core.seeding import SeedContext
from home.demo.seeding import seed_site

# The schema before the move: home up to its 0004, and no transparency app.
BEFORE = [("home", "0004_target_permissions"), ("transparency", None)]
BEFORE_STATE = [("home", "0004_target_permissions"), ("accounts", "0002_staff_groups")]
TREEBEARD_STEP = 4


def migrate(targets):
    """Migrate the test database to `targets` (None: every app's latest migration)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor.loader


def add_old_transparency_page(apps, parent, slug, title, introduction):
    """A live home.TransparencyPage under `parent`, written with the historical models as the old code would."""
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TransparencyPage = apps.get_model("home", "TransparencyPage")
    parent = Page.objects.get(pk=parent.pk)
    content_type, _created = ContentType.objects.get_or_create(app_label="home", model="transparencypage")
    last_child = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    step = int(last_child.path[-TREEBEARD_STEP:], 36) + 1 if last_child else 1
    page = TransparencyPage.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        path=parent.path + _base36(step).rjust(TREEBEARD_STEP, "0"),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        content_type=content_type,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        introduction=introduction,
        body="[]",
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    return page.pk


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


@pytest.mark.django_db(transaction=True)
def test_targets_pages_and_permissions_made_before_the_move_survive_it(client):
    homes = SeedContext()
    seed_site(homes)
    loader = migrate(BEFORE)
    try:
        old = loader.project_state(BEFORE_STATE).apps
        target_pk = (
            old.get_model("home", "Target")
            .objects.create(
                name_vi="Hồ sơ trực tuyến toàn trình",
                name_en="Applications fully online",
                description_en="Every step online.",
                metric_key="applications.online_share",
                target_value=Decimal("90.00"),
                unit="percent",
                direction="at_least",
                deadline=datetime.date(2030, 12, 31),
                source_vi="Nghị quyết 16",
                source_en="Resolution 16",
                sort_order=5,
            )
            .pk
        )
        page_pk = add_old_transparency_page(
            old, homes.homes["en"], "transparency", "Transparency", "What we promised and what we measured."
        )
    finally:
        migrate(None)  # forward again, whatever happened: later tests need the current schema

    from transparency.models import Target, TransparencyPage

    target = Target.objects.get(pk=target_pk)
    assert (target.name_en, target.target_value, target.unit, target.deadline, target.sort_order) == (
        "Applications fully online",
        Decimal("90.00"),
        "percent",
        datetime.date(2030, 12, 31),
        5,
    )
    page = TransparencyPage.objects.get(pk=page_pk)
    assert page.introduction == "What we promised and what we measured."
    assert ContentType.objects.get_for_id(page.content_type_id).model_class() is TransparencyPage
    assert not ContentType.objects.filter(app_label="home", model__in=["target", "transparencypage"]).exists()
    editors = Group.objects.get(name="Editor").permissions.filter(content_type__app_label="transparency")
    assert {"add_target", "change_target", "delete_target", "view_target"} <= set(
        editors.values_list("codename", flat=True)
    )

    response = client.get("/en/transparency/")
    assert response.status_code == 200
    assert escape("What we promised and what we measured.") in response.content.decode()
    assert escape("Applications fully online") in response.content.decode()
