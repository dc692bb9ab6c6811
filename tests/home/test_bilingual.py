"""Both languages render, declare their language and link each other's translation."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "language", "other_url"),
    [
        ("/vi/", "vi", "/en/"),
        ("/en/", "en", "/vi/"),
        ("/vi/gioi-thieu/", "vi", "/en/about/"),
        ("/en/about/", "en", "/vi/gioi-thieu/"),
        ("/vi/tin-tuc/", "vi", "/en/news/"),
        ("/en/news/investment-promotion-forum-2026/", "en", "/vi/tin-tuc/hoi-thao-xuc-tien-dau-tu-2026/"),
    ],
)
def test_each_page_declares_its_language_and_links_its_translation(client, site_tree, url, language, other_url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    other_language = "en" if language == "vi" else "vi"
    assert f'<a href="{other_url}" hreflang="{other_language}"' in html
    assert f'hreflang="{other_language}" href="http://testserver{other_url}"' in html


def test_interface_strings_are_translated_into_vietnamese(client, site_tree):
    vietnamese = client.get("/vi/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Bỏ qua để đến nội dung chính" in vietnamese
    assert "Skip to main content" in english
    assert "Skip to main content" not in vietnamese


def test_bare_root_redirects_to_a_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] in {"/en/", "/vi/"}


def test_main_navigation_lists_menu_pages_of_the_current_language(client, site_tree):
    html = client.get("/en/about/").content.decode()
    assert '<a href="/en/about/" aria-current="page">About the park</a>' in html
    assert '<a href="/en/news/">News</a>' in html
    assert "/vi/gioi-thieu/" not in re.search(r'<ul class="site-nav__list">(.*?)</ul>', html, re.S).group(1)


def test_breadcrumbs_lead_back_to_the_home_page(client, site_tree):
    html = client.get("/en/news/web-developer-course-opens/").content.decode()
    trail = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert '<a href="/en/">Da Lat Software Park</a>' in trail
    assert '<a href="/en/news/">News</a>' in trail
    assert 'aria-current="page">Web developer course opens<' in trail


def test_sitemap_lists_pages_in_both_languages(client, site_tree):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml)
    assert {"/vi/", "/en/", "/vi/gioi-thieu/", "/en/about/", "/en/news/web-developer-course-opens/"} <= set(locations)


def test_robots_txt_keeps_crawlers_out_of_private_areas(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Disallow: /en/account/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_unknown_page_gets_a_translated_not_found_page(client, site_tree):
    response = client.get("/vi/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    assert client.get("/en/no-such-page/").status_code == 404
