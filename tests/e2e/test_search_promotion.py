"""An editor's promoted result: pinned for a query, it is the first thing a visitor sees for that query.

The promotion is made as staff make it (Wagtail's search promotions: a Query and a SearchPromotion) for
a query of this test's own, so the shared demo database stays as other tests expect.
"""

import uuid

import pytest

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_promoted_page_is_shown_first_and_opens(new_page, demo, language):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Page

    from playwright.sync_api import expect

    target = Page.objects.live().get(url_path__endswith="/gioi-thieu/" if language == "vi" else "/about/").specific
    query = f"transparency {uuid.uuid4().hex[:6]}" if language == "en" else f"minh bạch {uuid.uuid4().hex[:6]}"
    SearchPromotion.objects.create(
        query=Query.get(query), page=target, sort_order=0, description="Pinned by the editors"
    )

    tab = new_page("desktop")
    tab.goto(f"/{language}/search/?q={query}")

    promoted = tab.locator("main .search-promotions .search-result__title a")
    expect(promoted).to_have_count(1)
    expect(promoted).to_have_text(target.title)
    expect(tab.locator("main .search-promotions")).to_contain_text("Pinned by the editors")
    promoted.click()
    tab.wait_for_url(f"**{target.url}")
