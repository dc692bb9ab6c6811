"""The page shell's shared parts (footer, menu, home link) on pages the page cache never serves: built
once per host, language and content generation, never stale after an edit, never mixed across languages."""

import pytest

from home.models import FooterText, StandardPage
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(empty_page_cache, settings):
    settings.PAGE_CACHE_TIMEOUT = 300


@pytest.fixture
def investor(client, site_tree):
    user = UserFactory()
    client.force_login(user)
    return user


def footer_queries(queries):
    return [query["sql"] for query in queries.captured_queries if "home_footertext" in query["sql"]]


def test_a_signed_in_page_builds_the_footer_and_menu_once(client, investor, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as first:
        assert client.get("/en/account/").status_code == 200
    with CaptureQueriesContext(connection) as second:
        response = client.get("/en/account/")
    assert response.headers["X-Cache"] == "bypass"  # a personal page: the page cache does not serve it
    assert footer_queries(first) and not footer_queries(second)
    assert len(second) <= len(first) - 5
    assert "Da Lat Software Park Management Board" in response.text  # the footer is still there


def test_an_edited_footer_shows_on_the_next_signed_in_page(client, investor):
    client.get("/en/account/")
    footer = FooterText.objects.get(locale__language_code="en")
    footer.address = "1 New Road, Da Lat"
    footer.save()
    assert "1 New Road, Da Lat" in client.get("/en/account/").text


def test_each_language_keeps_its_own_footer_and_menu(client, investor):
    english = client.get("/en/account/").text
    vietnamese = client.get("/vi/account/").text
    assert "Demonstration data." in english and "Demonstration data." not in vietnamese
    assert "Dữ liệu minh họa." in vietnamese
    about_en = StandardPage.objects.get(slug="about", locale__language_code="en")
    about_vi = about_en.get_translation(about_en.locale.get_default())
    assert f'href="{about_en.url}"' in english and f'href="{about_vi.url}"' in vietnamese


def test_the_menu_marks_the_page_being_read_after_another_page_built_it(client, investor):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    about.show_in_menus = True
    about.save_revision().publish()
    client.get("/en/")  # the menu is built and kept here, without a current page
    page = client.get(about.url).text
    assert f'<a href="{about.url}" aria-current="page">' in page
    assert 'aria-current="page"' not in client.get("/en/account/").text.split("</nav>")[0]
