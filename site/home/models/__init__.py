from .pages import HomePage, NewsIndexPage, NewsPage, StandardPage
from .settings import ContactSettings, CurrencySettings, FooterText, LegalPages

__all__ = [
    "ContactSettings",
    "CurrencySettings",
    "FooterText",
    "LegalPages",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "StandardPage",
]
