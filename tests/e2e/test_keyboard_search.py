"""The search box works with the keyboard alone, and the focus can always be seen.

From the top of the search page: Tab to the box, type, walk the suggestions with the arrow keys, close them with
Escape, submit with Enter, then Tab on through the results. Every focused element must show a focus indicator.
"""

from urllib.parse import parse_qs, urlparse

from django.urls import reverse
from django.utils import translation

import pytest

from .test_search_journey import SUGGESTION_QUERY, wait_for_suggestions, watch_suggestions

pytestmark = pytest.mark.e2e

MAX_TABS = 40

FOCUS_PROBLEM = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) { return "nothing has the focus"; }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const name = element.outerHTML.slice(0, 120);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow && style.boxShadow !== "none";
    if (!outline && !ring) { return "no focus indicator on " + name; }
    if (box.width === 0 || box.height === 0) { return "the focused element has no size: " + name; }
    if (box.bottom < 0 || box.top > window.innerHeight) { return "the focused element is off screen: " + name; }
    return "";
}"""


def _focus_problem(tab):
    return tab.evaluate(FOCUS_PROBLEM)


def _tab_to(tab, element_id):
    """Press Tab until the element has the focus; returns the focus problems met on the way."""
    problems = []
    for _press in range(MAX_TABS):
        tab.keyboard.press("Tab")
        problems += [problem for problem in [_focus_problem(tab)] if problem]
        if tab.evaluate("document.activeElement.id") == element_id:
            return problems
    raise AssertionError(f"#{element_id} not reached after {MAX_TABS} presses of Tab")


def _selected_option(tab):
    return tab.evaluate(
        """() => {
            const input = document.getElementById("search-q");
            const chosen = input.getAttribute("aria-activedescendant");
            const options = [...document.querySelectorAll("#search-q-suggestions [role=option]")];
            return {
                active: chosen,
                selected: options.filter(option => option.getAttribute("aria-selected") === "true").map(o => o.id),
                ids: options.map(option => option.id),
                focus: document.activeElement.id,
                backgrounds: options.map(option => getComputedStyle(option).backgroundColor),
            };
        }"""
    )


def _expect_choice(tab, index):
    state = _selected_option(tab)
    chosen = state["ids"][index]
    assert (state["active"], state["selected"], state["focus"]) == (chosen, [chosen], "search-q")
    others = {colour for position, colour in enumerate(state["backgrounds"]) if position != index}
    assert state["backgrounds"][index] not in others, "the chosen suggestion does not stand out"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_search_box_with_the_keyboard_alone_and_focus_always_visible(page, demo, language):
    from playwright.sync_api import expect

    with translation.override(language):
        page.goto(reverse("search"))
    problems = _tab_to(page, "search-q")

    box = page.locator("#search-q")
    watch_suggestions(box)
    query = SUGGESTION_QUERY[language]
    page.keyboard.type(query, delay=40)
    wait_for_suggestions(page, query)
    listbox = page.locator("#search-q-suggestions")
    expect(listbox).to_be_visible()
    count = len(_selected_option(page)["ids"])
    assert count >= 2, f"expected several suggestions for “{query}”"

    for key, chosen in [("ArrowDown", 0), ("ArrowDown", 1), ("ArrowUp", 0), ("ArrowUp", count - 1)]:
        page.keyboard.press(key)
        _expect_choice(page, chosen)

    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    assert box.get_attribute("aria-activedescendant") is None
    expect(box).to_be_focused()
    problems += [problem for problem in [_focus_problem(page)] if problem]

    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "q" in parse_qs(urlparse(url).query))
    assert parse_qs(urlparse(page.url).query)["q"] == [query]
    expect(page.locator("main .search-result").first).to_be_visible()

    problems += _tab_to(page, "search-q")
    for _press in range(15):  # on into the facets and the results
        page.keyboard.press("Tab")
        problems += [problem for problem in [_focus_problem(page)] if problem]

    assert not problems, "\n".join(problems)
