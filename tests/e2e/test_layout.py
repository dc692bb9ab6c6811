"""Every public page type, in both languages, is comfortable on a phone and a desktop and correct in its words.

- at 390 px no page scrolls sideways and no element's text spills out of its box;
- the header stays on two rows at 1366 px; the site plan's parcels are at least 44 px tap targets on a phone;
- no English interface text is left on a Vietnamese page: the page's visible strings are compared with every msgid
  that the repository's Vietnamese catalogues translate (msgstr different from the msgid), not with a hand-kept list;
- every page type is valid HTML by the Nu validator (`vnu-jar`, pinned in package.json; run once for all pages).
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ESTIMATE = "sector=software_production&capital_usd=4500000&employees=120&annual_revenue_usd=3000000&profit_margin=20"
LANGUAGES = ["vi", "en"]

# Boxes and texts that spill out of their box, ignoring what scrolls on purpose (a table inside .table-scroll).
OVERFLOW_PROBLEMS = """() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  const scrollsOnPurpose = (element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== "visible") { return true; }
    }
    return false;
  };
  for (const element of document.body.querySelectorAll("*")) {
    if (element.closest("svg, script, style, [hidden]") || !element.checkVisibility()) { continue; }
    const style = getComputedStyle(element);
    if (["inline", "contents", "none"].includes(style.display) || style.overflowX !== "visible") { continue; }
    const spills = element.clientWidth && element.scrollWidth > element.clientWidth + 1;
    if (!spills || scrollsOnPurpose(element)) { continue; }
    const text = (element.innerText || "").trim().replace(/\\s+/g, " ").slice(0, 60);
    const tag = `<${element.tagName.toLowerCase()} class="${element.className}">`;
    problems.push(`${tag} holds ${element.scrollWidth}px of content in ${element.clientWidth}px: "${text}"`);
  }
  return problems;
}"""

# Visible strings of the page in the page's language: text nodes, placeholders and accessible labels.
VISIBLE_STRINGS = """() => {
  const strings = [];
  const pageLanguage = document.documentElement.lang.slice(0, 2);
  const languageOf = (element) => (element.closest("[lang]")?.getAttribute("lang") || "").slice(0, 2);
  const inPageLanguage = (element) => languageOf(element) === pageLanguage;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest("script, style, noscript, code, pre, svg")) { continue; }
    if (!inPageLanguage(element)) { continue; }
    if (!element.checkVisibility() && !element.closest(".visually-hidden")) { continue; }
    const text = node.textContent.replace(/\\s+/g, " ").trim();
    if (text) { strings.push(text); }
  }
  for (const element of document.body.querySelectorAll("[placeholder], [aria-label], input[type=submit][value]")) {
    if (!inPageLanguage(element)) { continue; }
    for (const name of ["placeholder", "aria-label", "value"]) {
      const value = (element.getAttribute(name) || "").trim();
      if (value && (name !== "value" || element.type === "submit")) { strings.push(value); }
    }
  }
  return strings;
}"""


def public_pages(demo, language):
    """(name, path) of every public page type, plus the estimator with a result."""
    paths = demo[language]
    pages = [(name, path) for name, path in paths.items() if name not in {"account", "apply"}]
    return [*pages, ("estimate", f"{paths.estimator}?{ESTIMATE}")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_public_page_scrolls_sideways_or_spills_text_on_a_phone(mobile_page, demo, language):
    problems = []
    for name, path in public_pages(demo, language):
        mobile_page.goto(path)
        problems += [f"{name} {path}: {problem}" for problem in mobile_page.evaluate(OVERFLOW_PROBLEMS)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_pages_do_not_scroll_sideways_on_a_phone(mobile_page, demo, language):
    demo.sign_in(mobile_page, "investor", language=language)
    problems = []
    for name, path in [("account", demo[language].account), ("land step", f"{demo[language].apply}?step=land")]:
        mobile_page.goto(path)
        problems += [f"{name} {path}: {problem}" for problem in mobile_page.evaluate(OVERFLOW_PROBLEMS)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_stays_on_two_rows_on_a_desktop(new_page, demo, language):
    tab = new_page("desktop")
    tab.set_viewport_size({"width": 1366, "height": 900})
    tab.goto(demo[language].home)
    boxes = tab.evaluate(
        """() => Object.fromEntries(["brand", "tools", "menu"].map((name, index) => [name,
             [...document.querySelectorAll([".brand", ".site-nav__tools > *", ".site-nav__list > li"][index])]
               .map((element) => { const box = element.getBoundingClientRect(); return [box.top, box.bottom]; })]))"""
    )
    header = tab.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    menu_tops = {round(top) for top, _bottom in boxes["menu"]}
    tools_bottom = max(bottom for _top, bottom in boxes["tools"])
    assert len(menu_tops) == 1, f"the menu wraps: rows at {sorted(menu_tops)}"
    assert boxes["brand"][0][0] < min(menu_tops), "the brand sits on a row of its own under the menu"
    assert min(menu_tops) >= tools_bottom - 2 or boxes["brand"][0][0] < tools_bottom, boxes
    assert header < 150, f"the header is {header:.0f}px high: more than two rows"


def test_the_site_plan_offers_44_pixel_tap_targets_on_a_phone(mobile_page, demo):
    mobile_page.goto(demo["vi"].site_plan)
    sizes = mobile_page.evaluate(
        """() => [...document.querySelectorAll('.land-plan-frame .plan-parcel')].map((parcel) => {
             const box = parcel.getBoundingClientRect(); return Math.min(box.width, box.height); })"""
    )
    assert sizes and min(sizes) >= 44, f"smallest parcel: {min(sizes):.0f}px"
    zoom_out = mobile_page.locator("[data-zoom=out]")
    assert zoom_out.is_visible()
    zoom_out.click()
    smaller = mobile_page.evaluate(
        "document.querySelector('.land-plan-frame .plan-parcel').getBoundingClientRect().width"
    )
    assert smaller < sizes[0]


def translated_msgids():
    """(exact strings, patterns) of every msgid the Vietnamese catalogues translate to something else."""
    import polib

    exact, patterns = set(), []
    for catalogue in ROOT.glob("**/locale/vi/LC_MESSAGES/django.po"):
        if "node_modules" in catalogue.parts or ".venv" in catalogue.parts:
            continue
        for entry in polib.pofile(str(catalogue)).translated_entries():
            translation = entry.msgstr or entry.msgstr_plural.get(0, "")
            for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
                if translation.strip() == msgid.strip() or not re.search(r"[A-Za-z]{2}", msgid):
                    continue
                text = re.sub(r"\s+", " ", msgid).strip()
                if "python-format" in entry.flags and "%" in text:
                    pieces = re.split(r"%\([^)]+\)[sd]|%[sd]", text.replace("%%", "%"))
                    patterns.append(re.compile("^" + ".+?".join(re.escape(piece) for piece in pieces) + "$"))
                else:
                    exact.add(text)
    return exact, patterns


def test_no_english_interface_text_is_left_on_a_vietnamese_page(page, demo):
    exact, patterns = translated_msgids()
    assert len(exact) > 500  # the catalogues were read
    found = []
    for name, path in public_pages(demo, "vi"):
        page.goto(path)
        for text in set(page.evaluate(VISIBLE_STRINGS)):
            if text in exact or any(pattern.match(text) for pattern in patterns):
                found.append(f"{name} {path}: {text!r}")
    assert found == [], "\n".join(found)


def test_every_public_page_type_is_valid_html(page, demo, tmp_path):
    if not VNU_JAR.exists() or shutil.which("java") is None:
        pytest.fail("the Nu validator needs `npm ci` (vnu-jar, package.json) and Java (`make test-e2e` runs both)")
    files = []
    for language in LANGUAGES:
        for name, path in public_pages(demo, language):
            response = page.goto(path)
            file = tmp_path / f"{name}-{language}.html"
            file.write_text(response.text(), encoding="utf-8")
            files.append(file)
    result = subprocess.run(  # noqa: S603 - fixed command on files this test wrote
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--stdout", *map(str, files)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [
        f"{Path(message['url']).name}:{message.get('lastLine')}: {message['message']}"
        for message in messages
        if message["type"] == "error"
    ]
    assert errors == [], "\n".join(errors)
