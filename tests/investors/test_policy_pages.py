"""Policy index and policy pages: tree rules, badges, filters, legal basis, clauses and both languages."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from home.models import HomePage
from investors.models import PolicyIndexPage, PolicyPage
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.investors import PolicyPageFactory, translate_page

pytestmark = pytest.mark.django_db


def test_policies_live_only_under_the_index_and_the_index_only_under_a_home_page():
    assert PolicyIndexPage.allowed_parent_page_models() == [HomePage]
    assert PolicyPage.allowed_parent_page_models() == [PolicyIndexPage]
    assert PolicyIndexPage.allowed_subpage_models() == [PolicyPage]
    assert PolicyPage.allowed_subpage_models() == []


def test_an_editor_can_open_the_form_to_add_a_policy(client, incentives):
    from investors.demo.seeding import ensure_review_workflow

    ensure_review_workflow([incentives["vi"], incentives["en"]])
    sign_in_staff(client, StaffFactory(groups=["Editor"]))

    url = reverse("wagtailadmin_pages:add", args=["investors", "policypage", incentives["vi"].pk])
    response = client.get(url)

    assert response.status_code == 200
    assert "document_number" in response.content.decode()


def test_the_index_shows_in_force_and_superseded_badges_in_both_languages(client, incentives):
    current = PolicyPageFactory(parent=incentives["vi"], title="Nghị định mới", slug="moi")
    PolicyPageFactory(
        parent=incentives["vi"], title="Nghị định cũ", slug="cu", status="superseded", superseded_by=current
    )
    translate_page(current, "en", slug="new", title="New decree")

    vietnamese = client.get("/vi/uu-dai-dau-tu/").content.decode()
    english = client.get("/en/incentives/").content.decode()

    assert "Nghị định mới" in vietnamese and "Còn hiệu lực" in vietnamese and "Đã được thay thế" in vietnamese
    assert "New decree" in english and "In force" in english


def test_a_policy_that_is_not_yet_effective_is_not_shown_as_in_force(client, incentives):
    PolicyPageFactory(parent=incentives["vi"], slug="sap-toi", effective_from=datetime.date(2099, 1, 1))

    html = client.get("/vi/uu-dai-dau-tu/").content.decode()

    assert "Chưa hoặc hết hiệu lực" in html


def test_the_index_filters_by_category_and_audience(client, incentives):
    PolicyPageFactory(parent=incentives["vi"], title="Thuế A", slug="thue-a", category="tax")
    PolicyPageFactory(parent=incentives["vi"], title="Đất B", slug="dat-b", category="land")
    PolicyPageFactory(parent=incentives["vi"], title="Chuyên gia C", slug="cg-c", category="labour", audience="foreign")
    PolicyPageFactory(parent=incentives["vi"], title="Nội D", slug="noi-d", category="tax", audience="domestic")

    land_only = client.get("/vi/uu-dai-dau-tu/?category=land").content.decode()
    foreign = client.get("/vi/uu-dai-dau-tu/?audience=foreign").content.decode()

    assert "Đất B" in land_only and "Thuế A" not in land_only
    assert "Chuyên gia C" in foreign and "Thuế A" in foreign  # "all investors" policies apply to foreigners too
    assert "Nội D" not in foreign


def test_an_unknown_filter_value_shows_an_error_and_every_policy(client, incentives):
    PolicyPageFactory(parent=incentives["vi"], title="Thuế A", slug="thue-a")

    response = client.get("/vi/uu-dai-dau-tu/?category=astrology")

    assert response.status_code == 200
    assert "Thuế A" in response.content.decode()
    assert "field__errors" in response.content.decode()


def test_the_index_runs_the_same_number_of_queries_for_few_or_many_policies(client, incentives):
    def queries_with(count):
        for _number in range(count):
            PolicyPageFactory(parent=incentives["vi"])
        client.get("/vi/uu-dai-dau-tu/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/vi/uu-dai-dau-tu/").status_code == 200
        return len(captured)

    assert queries_with(3) == queries_with(15)


def test_a_policy_page_shows_its_legal_basis_clauses_and_replacement(client, incentives):
    new = PolicyPageFactory(parent=incentives["vi"], title="Nghị định 103/2024", slug="nd-103")
    new_en = translate_page(new, "en", slug="decree-103", title="Decree 103/2024")
    old = PolicyPageFactory(
        parent=incentives["vi"], title="Nghị định 46/2014", slug="nd-46", status="superseded", superseded_by=new
    )
    old_en = translate_page(old, "en", slug="decree-46", title="Decree 46/2014")
    old_en.superseded_by = new_en
    old_en.save_revision().publish()

    html = client.get("/en/incentives/decree-46/").content.decode()

    assert old.document_number in html
    assert 'id="art-15-1"' in html and "Article 15(1)" in html
    assert "superseded by" in html and 'href="/en/incentives/decree-103/"' in html


def test_the_home_page_features_in_force_policies_and_the_estimator(client, incentives):
    PolicyPageFactory(parent=incentives["vi"], title="Thuế phần mềm", slug="thue-phan-mem")

    html = client.get("/vi/").content.decode()

    assert "Thuế phần mềm" in html
    assert 'href="/vi/uu-dai-dau-tu/estimate/"' in html
    assert 'href="/en/incentives/estimate/"' in client.get("/en/").content.decode()


def test_a_policy_page_links_its_attachments_and_related_policies_in_the_readers_language(client, incentives):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from investors.models import PolicyAttachment, RelatedPolicy

    document = get_document_model().objects.create(
        title="Nghị định 218/2013 (bản gốc)", file=ContentFile(b"%PDF-1.4 demo", name="nd-218-2013.pdf")
    )
    other = PolicyPageFactory(parent=incentives["vi"], title="Miễn tiền thuê đất", slug="dat")
    translate_page(other, "en", slug="land-rent", title="Land rent exemption")
    policy = PolicyPageFactory(parent=incentives["vi"], title="Thuế phần mềm", slug="thue")
    policy.attachments = [PolicyAttachment(document=document, title="Văn bản gốc")]
    policy.related_policies = [RelatedPolicy(related=other)]
    policy.save_revision().publish()
    translate_page(policy, "en", slug="software-tax", title="Software tax")

    vietnamese = client.get("/vi/uu-dai-dau-tu/thue/").content.decode()
    english = client.get("/en/incentives/software-tax/").content.decode()

    assert "Văn bản gốc" in vietnamese and document.url in vietnamese
    assert 'href="/vi/uu-dai-dau-tu/dat/"' in vietnamese
    assert 'href="/en/incentives/land-rent/"' in english and "Land rent exemption" in english


def test_a_restricted_policy_is_left_out_of_the_public_index(client, incentives):
    from wagtail.models import PageViewRestriction

    PolicyPageFactory(parent=incentives["vi"], title="Nghị định công khai", slug="cong-khai")
    draft = PolicyPageFactory(parent=incentives["vi"], title="Dự thảo nội bộ", slug="du-thao")
    PageViewRestriction.objects.create(page=draft, restriction_type=PageViewRestriction.LOGIN)

    html = client.get("/vi/uu-dai-dau-tu/").content.decode()

    assert "Nghị định công khai" in html
    assert "Dự thảo nội bộ" not in html
