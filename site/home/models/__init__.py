from .contact import ContactPage, DeskHours, DeskOfficer, OpeningPeriod, Weekday
from .library import DocumentKind, DocumentLibraryPage, LibraryDocument
from .pages import HomePage, NewsIndexPage, NewsPage, StandardPage
from .settings import ContactSettings, CurrencySettings, FooterText, LegalPages

__all__ = [
    "ContactPage",
    "DeskHours",
    "DeskOfficer",
    "OpeningPeriod",
    "Weekday",
    "DocumentKind",
    "DocumentLibraryPage",
    "LibraryDocument",
    "ContactSettings",
    "CurrencySettings",
    "FooterText",
    "LegalPages",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "StandardPage",
]
