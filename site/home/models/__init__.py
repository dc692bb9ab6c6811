from .pages import HomePage, NewsIndexPage, NewsPage, StandardPage
from .settings import ContactSettings, CurrencySettings, FooterText

__all__ = ["ContactSettings", "CurrencySettings", "FooterText", "HomePage", "NewsIndexPage", "NewsPage", "StandardPage"]
