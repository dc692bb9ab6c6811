"""Policy changes go through moderation: an Editor submits, a Legal reviewer approves and publishes."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from investors.demo.seeding import ensure_review_workflow
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.investors import PolicyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def policy(incentives):
    ensure_review_workflow([incentives["vi"], incentives["en"]])
    return PolicyPageFactory(parent=incentives["vi"], title="Ưu đãi cũ", slug="uu-dai-cu")


def edit_form(policy, action, **changes):
    fields = {
        "title": "Ưu đãi mới",
        "slug": policy.slug,
        "summary": policy.summary,
        "category": policy.category,
        "document_number": policy.document_number,
        "issuing_body": policy.issuing_body,
        "signed_on": "2013-12-26",
        "effective_from": "2014-02-15",
        "expires_on": "",
        "status": "in_force",
        "superseded_by": "",
        "audience": "all",
        "body": streamfield([]),
        "clauses": streamfield(
            [("clause", {"article": 15, "clause": 1, "heading": "Thuế suất", "text": rich_text("<p>10%</p>")})]
        ),
        "attachments": inline_formset([]),
        "related_policies": inline_formset([]),
        "comments": inline_formset([]),
        action: "1",
    }
    fields.update(changes)
    return nested_form_data(fields)


def test_an_editor_may_edit_policies_but_not_publish_them(policy):
    editor = StaffFactory(groups=["Editor"])
    permissions = policy.permissions_for_user(editor)

    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_an_editors_submission_waits_for_legal_review_and_the_live_page_is_unchanged(client, policy):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))

    response = client.post(reverse("wagtailadmin_pages:edit", args=[policy.pk]), edit_form(policy, "action-submit"))

    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.title == "Ưu đãi cũ"
    assert policy.workflow_in_progress
    assert policy.current_workflow_task.name == "Thẩm định pháp lý"  # "Legal review", named in the site language
    client.logout()
    public_html = client.get(policy.url).content.decode()
    assert "Ưu đãi cũ" in public_html
    assert "Ưu đãi mới" not in public_html


def test_an_editor_asking_to_publish_does_not_publish(client, policy):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))

    client.post(reverse("wagtailadmin_pages:edit", args=[policy.pk]), edit_form(policy, "action-publish"))

    policy.refresh_from_db()
    assert policy.title == "Ưu đãi cũ"


def test_the_legal_reviewers_approval_publishes_the_change(client, policy):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    client.post(reverse("wagtailadmin_pages:edit", args=[policy.pk]), edit_form(policy, "action-submit"))
    policy.refresh_from_db()
    task_state = policy.current_workflow_task_state

    sign_in_staff(client, StaffFactory(groups=["Legal reviewer"]))
    url = reverse("wagtailadmin_pages:workflow_action", args=[policy.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Đã đối chiếu văn bản gốc."})

    assert response.status_code in (200, 302)
    policy.refresh_from_db()
    assert policy.title == "Ưu đãi mới"
    assert not policy.workflow_in_progress


def test_the_legal_reviewer_finds_the_editors_change_on_their_admin_home_and_the_editor_cannot_publish_it(
    client, policy
):
    editor = StaffFactory(groups=["Editor"])
    sign_in_staff(client, editor)
    client.post(reverse("wagtailadmin_pages:edit", args=[policy.pk]), edit_form(policy, "action-submit"))
    policy.refresh_from_db()
    task_state = policy.current_workflow_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[policy.pk, "approve", task_state.pk])

    editor_home = client.get(reverse("wagtailadmin_home")).content.decode()
    refused = client.post(approve_url, {"comment": "Tự duyệt."})
    policy.refresh_from_db()

    assert 'id="awaiting-review-section"' not in editor_home  # the editor has nothing to moderate
    assert "Ưu đãi mới" in editor_home  # but sees their page waiting in the workflow
    assert refused.status_code in (302, 403) and policy.title == "Ưu đãi cũ" and policy.workflow_in_progress

    sign_in_staff(client, StaffFactory(groups=["Legal reviewer"]))
    legal_home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert 'id="awaiting-review-section"' in legal_home
    panel = legal_home[legal_home.index('id="awaiting-review-section"') :]
    assert "Ưu đãi mới" in panel and "Thẩm định pháp lý" in panel
