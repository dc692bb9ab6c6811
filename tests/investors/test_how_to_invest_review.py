"""The How to invest page is reviewed like the incentive policies: an Editor's change waits for the Legal
reviewer group before the public sees it."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from investors.demo.seeding import ensure_review_workflow
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.investors import HowToInvestPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def how_to(site_tree):
    page = HowToInvestPageFactory(parent=site_tree["vi"], title="Hướng dẫn đầu tư", slug="huong-dan-dau-tu")
    ensure_review_workflow([page])
    return page


def edit_form(page, action, title):
    step = {
        "title": "Đăng ký doanh nghiệp",
        "summary": "",
        "authority": "Sở Tài chính",
        "legal_basis": "Nghị định 168/2025/NĐ-CP",
        "documents": {"count": 1, "0": {"value": "Giấy đề nghị", "deleted": "", "order": 0, "id": ""}},
        "time_limit": "3 ngày làm việc",
        "fee": "Không",
        "portal_url": "",
        "portal_label": "",
        "investor_origin": "",
        "premises": "",
        "sectors": [],
    }
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": page.introduction,
            "steps": streamfield([("step", step)]),
            "notes": streamfield([]),
            "comments": inline_formset([]),
            action: "1",
        }
    )


def test_an_editors_change_waits_for_legal_review_and_the_public_page_is_unchanged(client, how_to):
    sign_in_staff(client, StaffFactory(groups=["Editor"]))

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[how_to.pk]), edit_form(how_to, "action-submit", "Thủ tục mới")
    )

    assert response.status_code == 302
    how_to.refresh_from_db()
    assert how_to.title == "Hướng dẫn đầu tư"
    assert how_to.workflow_in_progress
    assert how_to.current_workflow_task.name == "Thẩm định pháp lý"  # "Legal review", in the site language
    client.logout()
    assert "Thủ tục mới" not in client.get(how_to.url).content.decode()


def test_an_editor_cannot_publish_the_how_to_invest_page_but_a_legal_reviewer_can(how_to):
    assert not how_to.permissions_for_user(StaffFactory(groups=["Editor"])).can_publish()
    assert how_to.permissions_for_user(StaffFactory(groups=["Legal reviewer"])).can_publish()
