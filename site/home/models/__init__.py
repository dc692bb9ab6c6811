from .pages import HomePage, NewsIndexPage, NewsPage, StandardPage
from .settings import ContactSettings, FooterText

__all__ = ["ContactSettings", "FooterText", "HomePage", "NewsIndexPage", "NewsPage", "StandardPage"]
