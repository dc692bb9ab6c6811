"""Site-wide settings editors change in the admin: contact details, footer, exchange rate and legal pages."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """How to reach the park's management board; the same in both languages."""

    hotline = models.CharField(_("hotline"), max_length=30, blank=True, help_text=_("Shown in the header and footer."))
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The public contact address."))
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)

    panels = [
        FieldPanel("hotline"),
        FieldPanel("email"),
        FieldPanel("facebook_url"),
        FieldPanel("youtube_url"),
        FieldPanel("linkedin_url"),
    ]

    class Meta:
        verbose_name = _("contact details")

    def social_links(self):
        """(label, address) pairs of the social pages that are set."""
        links = [("Facebook", self.facebook_url), ("YouTube", self.youtube_url), ("LinkedIn", self.linkedin_url)]
        return [(label, url) for label, url in links if url]


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer's address and note, one translation per language."""

    address = models.TextField(_("address"), help_text=_("Postal address of the management board."))
    note = RichTextField(_("note"), blank=True, features=["bold", "italic", "link"], help_text=_("E.g. office hours."))

    panels = [FieldPanel("address"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.address.splitlines()[0] if self.address else str(_("Footer text"))

    @classmethod
    def for_current_language(cls):
        """The footer in the active language, falling back to the default language's one."""
        footer = cls.objects.filter(locale__language_code=get_language()).first()
        if footer is None:
            footer = cls.objects.filter(locale=Locale.get_default()).first()
        return footer


@register_setting(icon="tag")
class CurrencySettings(BaseGenericSetting):
    """The US dollar to Vietnamese đồng rate used wherever prices are shown in both currencies."""

    usd_to_vnd = models.DecimalField(
        _("VND per USD"),
        max_digits=12,
        decimal_places=2,
        default=Decimal("25400"),
        validators=[MinValueValidator(Decimal("1"))],
        help_text=_("Reference exchange rate, e.g. the State Bank of Vietnam's central rate."),
    )
    rate_date = models.DateField(
        _("rate date"), default=datetime.date(2026, 11, 2), help_text=_("The day the rate was published.")
    )
    rate_source = models.CharField(_("rate source"), max_length=200, blank=True, help_text=_("Who published the rate."))

    panels = [FieldPanel("usd_to_vnd"), FieldPanel("rate_date"), FieldPanel("rate_source")]

    class Meta:
        verbose_name = _("exchange rate")

    def to_vnd(self, amount_usd):
        """`amount_usd` converted to whole đồng (rounded half up)."""
        return (Decimal(amount_usd) * self.usd_to_vnd).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


@register_setting(icon="doc-full")
class LegalPages(BaseGenericSetting):
    """The privacy notice, terms of use and accessibility statement linked in every page's footer, and the
    version of the privacy notice people accept (docs/personal-data.md)."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page explaining how the park handles personal data (its Vietnamese original)."),
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"),
        max_length=20,
        default="2026-01",
        help_text=_(
            "Change it when the privacy notice changes in substance: every signed-in person is then asked to "
            "accept the new version before applying or registering for a course."
        ),
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the terms of use of the site."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page saying how accessible the site is and how to report a barrier."),
    )

    panels = [
        FieldPanel("privacy_page"),
        FieldPanel("privacy_notice_version"),
        FieldPanel("terms_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("privacy, terms and accessibility")

    def footer_links(self):
        """The pages that are set, each in the active language when translated, for the footer."""
        pages = [self.privacy_page, self.terms_page, self.accessibility_page]
        return [page.specific.localized for page in pages if page is not None and page.live]
