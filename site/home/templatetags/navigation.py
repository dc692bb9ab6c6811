"""Template tags for the site shell: menu, breadcrumbs, language switcher and footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from core.page_cache.fragments import shared
from home.models import FooterText

register = template.Library()


def _home_for(request):
    """The home page in the active language, or None before the site is set up.

    The header, menu and footer all ask for it; it is looked up once per request and language.
    """
    if request is None:
        return None
    memo = request.__dict__.setdefault("_localized_homes", {})
    language = get_language()
    if language not in memo:
        site = Site.find_for_request(request)
        memo[language] = site.root_page.localized.specific if site else None
    return memo[language]


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the active language."""
    return _home_for(context.get("request"))


@register.simple_tag(takes_context=True)
def home_link(context):
    """The home page in the active language as {"url", "title"} (None before the site is set up), kept
    with the page cache's generation: the header shows it on every page, signed-in pages included."""
    request = context.get("request")

    def build():
        home = _home_for(request)
        return {"url": home.get_url(request), "title": home.title} if home else None

    return shared(request, "home-link", build)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main navigation: live children of the localized home marked "show in menus".

    Each item is ({"url", "title"}, current) where current is "page" for the page being shown, "true"
    for an ancestor of it (the section the reader is in) and "" otherwise, ready for aria-current. The
    entries are kept with the page cache's generation; only `current` is worked out per request.
    """
    request = context.get("request")

    def build():
        home = _home_for(request)
        if home is None:
            return []
        # Only the title and URL are shown, so the base Page rows suffice (no per-type queries).
        return [
            {"pk": item.pk, "path": item.path, "url": item.get_url(request), "title": item.title}
            for item in home.get_children().live().in_menu().public()
        ]

    shown = context.get("page")
    items = []
    for item in shared(request, "main-menu", build):
        current = ""
        if isinstance(shown, Page):
            if shown.pk == item["pk"]:
                current = "page"
            elif shown.path.startswith(item["path"]):
                current = "true"
        items.append((item, current))
    return items


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """Ancestors of the current page below the site root, for the breadcrumb trail."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1).specific())


def _subroute(request, page):
    """What follows the page's own URL in the request (a routable page's route, e.g. "a-12/"), with the query."""
    if request is None:
        return ""
    page_url = page.get_url(request) or ""
    path = request.path
    remainder = path[len(page_url) :] if page_url and path.startswith(page_url) else ""
    query = request.META.get("QUERY_STRING", "")
    return remainder + (f"?{query}" if query else "")


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the translation of this page, or the same view in that language.

    Each item: code, name, url, absolute_url, and whether it is the active language. On a routable
    page the route and query carry over (a parcel's page links the same parcel in the other
    language). A page without a live translation links that language's home page instead.
    """
    request = context.get("request")
    page = context.get("page")
    active = get_language()
    # The head's alternates and the switcher both ask; compute the links once per request and page.
    memo = request.__dict__.setdefault("_language_links", {}) if request else {}
    memo_key = (active, page.pk if isinstance(page, Page) else None)
    if memo_key not in memo:
        memo[memo_key] = _language_links(request, page, active)
    return memo[memo_key]


def _language_links(request, page, active):
    translations = {}
    if isinstance(page, Page):
        subroute = _subroute(request, page)
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.get_url(request) + subroute
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code]
        elif isinstance(page, Page):
            url = f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        absolute_url = request.build_absolute_uri(url) if request else url
        links.append({"code": code, "name": name, "url": url, "absolute_url": absolute_url, "active": code == active})
    return links


@register.simple_tag
def footer_text():
    """The footer's address and note in the active language."""
    return FooterText.for_current_language()
