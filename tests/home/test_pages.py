"""Wagtail's own checks for every page type of the site shell."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from core.seeding import SeedContext
from home.demo.seeding import seed_site
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.factories.accounts import StaffFactory, sign_in_staff


class ShellPageTypesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        context = SeedContext()
        seed_site(context)
        cls.home_vi = context.homes["vi"]
        cls.home_en = context.homes["en"]
        cls.about = StandardPage.objects.get(slug="gioi-thieu")
        cls.news_index = NewsIndexPage.objects.get(slug="tin-tuc")
        cls.article = NewsPage.objects.filter(locale=cls.home_vi.locale).first()

    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_news_articles_live_only_under_a_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_every_seeded_page_is_routable_and_renders(self):
        # Wagtail's assertPageIsRoutable ignores i18n_patterns' /vi/ prefix, so route through the real URL.
        for page in [self.home_vi, self.home_en, self.about, self.news_index, self.article]:
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200, page.url)
            self.assertEqual(response.context["page"].pk, page.pk)
            self.assertPageIsRenderable(page)

    def test_an_editor_can_create_a_standard_page_under_home(self):
        editor = StaffFactory(groups=["Editor"])
        sign_in_staff(self.client, editor)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreate(
            self.home_vi,
            StandardPage,
            {"title": "Hỏi đáp", "slug": "hoi-dap", "introduction": "", "body-count": "0"},
            publish=False,  # editors draft; reviewers publish
        )

    def test_an_editor_can_create_a_news_article(self):
        sign_in_staff(self.client, StaffFactory(groups=["Editor"]))
        self.assertCanCreate(
            self.news_index,
            NewsPage,
            {
                "title": "Tin mới",
                "slug": "tin-moi",
                "date": "2026-11-20",
                "summary": "Tóm tắt.",
                "listing_image_alt": "",
                "body-count": "0",
            },
            publish=False,
        )


@pytest.mark.django_db
def test_news_index_lists_articles_newest_first_and_survives_a_bad_page_number(client, site_tree):
    response = client.get("/en/news/?page=abc")
    assert response.status_code == 200
    articles = list(response.context["articles"])
    assert articles[0].title == "Investment promotion forum for Da Lat Software Park"
    dates = [article.date for article in articles]
    assert dates == sorted(dates, reverse=True)
    assert client.get("/en/news/?page=999").status_code == 200


@pytest.mark.django_db
def test_a_restricted_article_is_left_out_of_the_news_list_and_the_home_page(client, site_tree):
    from wagtail.models import PageViewRestriction

    from home.models import NewsPage

    article = NewsPage.objects.live().filter(locale=site_tree["en"].locale).order_by("-date", "-pk").first()
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    listed = [page.pk for page in client.get("/en/news/").context["articles"]]
    assert listed and article.pk not in listed
    assert article.title not in client.get("/en/").content.decode()
    assert client.get(article.url).status_code == 302, "the article itself still asks for sign-in"
