"""What the site shell contributes to site search: standard pages and news articles."""

from core.search_registry import PageProvider, register
from core.search_text import stream_text

from .models import NewsPage, StandardPage


class StandardPageProvider(PageProvider):
    """Content pages such as About or Contact."""

    name = "standard_page"
    kind = "page"
    kind_label = StandardPage._meta.verbose_name
    model = StandardPage
    ranking = 50

    def page_document(self, page):
        document = super().page_document(page)
        document.summary = page.introduction or page.search_description
        document.body = stream_text(page.body)
        return document


class NewsPageProvider(PageProvider):
    """Dated news articles; recent ones rank a little higher."""

    name = "news"
    kind = "news"
    kind_label = NewsPage._meta.verbose_name
    model = NewsPage
    recency_boost = True
    ranking = 40

    def page_document(self, page):
        document = super().page_document(page)
        document.summary = page.summary
        document.body = stream_text(page.body)
        document.date = page.date
        return document


register(StandardPageProvider())
register(NewsPageProvider())
