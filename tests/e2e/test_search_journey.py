"""A visitor searches from the header, narrows the results with a facet, removes it, pages on, and opens a suggestion.

Runs on the database search locally and on Elasticsearch when ELASTICSEARCH_URL is set (the `demo` fixture indexes
the seeded demo under its own index prefix). "phan mem" is typed without diacritics and must find "phần mềm".
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.e2e

UNACCENTED_QUERY = "phan mem"
ACCENTED_WORDS = "phần mềm"
SUGGESTION_QUERY = {"vi": "phan mem", "en": "software"}


def _count(tab):
    """The number in the results heading ("38 results", "38 kết quả")."""
    return int(re.search(r"\d+", tab.locator("main .search-results__count").inner_text()).group(0))


def _query(tab):
    return parse_qs(urlparse(tab.url).query)


def _search_from_header(tab, demo, language, viewport):
    tab.goto(demo[language].home)
    if viewport == "phone":
        tab.locator(".nav-toggle").tap()
    box = tab.locator("#header-search-q")
    box.fill(UNACCENTED_QUERY)
    box.press("Enter")
    tab.wait_for_url(re.compile(r"/search/\?"))


def _apply_largest_facet(tab):
    """Click the choice with the most results in the first facet group; returns its label and count."""
    choices = tab.locator("main .search-facet").first.locator(".search-facet__choice")
    counts = [int(re.search(r"\((\d+)\)", text).group(1)) for text in choices.all_inner_texts()]
    largest = counts.index(max(counts))
    choices.nth(largest).click()
    tab.wait_for_load_state()
    return counts[largest]


def watch_suggestions(box):
    """Note, on every redraw of the suggestion list, which text it was drawn for (see wait_for_suggestions)."""
    box.evaluate(
        """input => {
            window.suggestionsDrawnFor = null;
            const list = document.getElementById(input.getAttribute("aria-controls"));
            new MutationObserver(() => { window.suggestionsDrawnFor = input.value.trim(); })
                .observe(list, { childList: true });
        }"""
    )


def wait_for_suggestions(tab, text):
    """Wait until the list shows the suggestions for all of `text`.

    On a slow machine the list may first show the answer for a prefix ("softwar"); its redraw for the whole text
    would then reset a choice made with the arrow keys.
    """
    tab.wait_for_function("text => window.suggestionsDrawnFor === text", arg=text.strip())


# What "phan mem" (software, typed without diacritics) must find: the accented words on the Vietnamese
# site, and the English pages about software on the English one (search reads it across languages).
FOUND_WORDS = {"vi": ACCENTED_WORDS, "en": "software"}


def _expect_accented_words_among_titles(tab, language):
    titles = " ".join(tab.locator("main .search-result__title").all_inner_texts()).lower()
    assert FOUND_WORDS[language] in titles, f"no title with “{FOUND_WORDS[language]}” among: {titles}"


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_header_search_without_diacritics_then_facet_then_remove_it_then_next_page(new_page, demo, language, viewport):
    from playwright.sync_api import expect

    tab = new_page(viewport)
    _search_from_header(tab, demo, language, viewport)
    assert _query(tab)["q"] == [UNACCENTED_QUERY]
    # No "simplified mode" notice: the configured backend (Elasticsearch in CI) answered, not the fallback.
    expect(tab.locator("main .search-notice--quiet")).to_have_count(0)
    total = _count(tab)
    assert total > 10, "the demo should give more than one page of results"
    _expect_accented_words_among_titles(tab, language)

    narrowed = _apply_largest_facet(tab)
    assert _count(tab) == narrowed < total
    assert len(_query(tab)) == 2
    selected = tab.locator("main .search-facet__choice[aria-current=true]")
    expect(selected).to_have_count(1)

    selected.click()  # the chosen value is the link that removes it
    tab.wait_for_load_state()
    assert _query(tab) == {"q": [UNACCENTED_QUERY]}
    assert _count(tab) == total
    expect(tab.locator("main .search-facet__choice[aria-current=true]")).to_have_count(0)

    first_page_titles = tab.locator("main .search-result__title").all_inner_texts()
    tab.locator("main .pagination a[rel=next]").click()
    tab.wait_for_load_state()
    assert _query(tab) == {"q": [UNACCENTED_QUERY], "page": ["2"]}
    expect(tab.locator("main .pagination [aria-current=page]")).to_contain_text("2")
    expect(tab.locator("main ol.search-results")).to_have_attribute("start", "11")
    assert set(tab.locator("main .search-result__title").all_inner_texts()).isdisjoint(first_page_titles)


@pytest.mark.parametrize(("language", "viewport"), [("vi", "phone"), ("en", "desktop")])
def test_suggestions_appear_as_you_type_and_arrow_down_then_enter_opens_one(new_page, demo, language, viewport):
    from playwright.sync_api import expect

    tab = new_page(viewport)
    tab.goto(demo[language].search)
    box = tab.locator("#search-q")
    box.fill("")
    watch_suggestions(box)
    box.press_sequentially(SUGGESTION_QUERY[language], delay=40)
    wait_for_suggestions(tab, SUGGESTION_QUERY[language])

    options = tab.locator("#search-q-suggestions [role=option]")
    expect(options.first).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    if language == "vi":
        expect(options.first).to_contain_text(re.compile(ACCENTED_WORDS, re.IGNORECASE))
    box.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    target = options.first.get_attribute("data-url")

    box.press("Enter")
    tab.wait_for_url(lambda url: urlparse(url).path == urlparse(target).path)
    expect(tab.locator("main h1")).to_be_visible()
