"""The contact page and the one-stop desk it presents: the named officers and the desk's opening hours.

Officers and opening periods are one row each in both languages (paired `*_vi` / `*_en` texts, like
parcels and zones), edited under "One-stop desk" in the admin; the page itself is translated like every
page (wagtail-localize) and carries the address, the map's coordinates and the introduction. The
enquiry form on the page is another app's (a slot, `contact_enquiry`), so the shell imports no domain app.
"""

import datetime
import zoneinfo
from functools import lru_cache

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

import holidays
from phonenumber_field.modelfields import PhoneNumberField

from core.bilingual import in_active_language
from core.phones import PHONE_HELP, phone_form_field
from core.search_text import FoldedSearchText

# The desk keeps Đà Lạt's hours whatever time zone the site runs in.
PARK_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

# Languages an officer may speak, in the order the page lists them.
SPOKEN_LANGUAGES = [
    ("vi", pgettext_lazy("spoken language", "Vietnamese")),
    ("en", pgettext_lazy("spoken language", "English")),
    ("fr", pgettext_lazy("spoken language", "French")),
    ("ja", pgettext_lazy("spoken language", "Japanese")),
    ("ko", pgettext_lazy("spoken language", "Korean")),
    ("zh", pgettext_lazy("spoken language", "Chinese")),
    ("ru", pgettext_lazy("spoken language", "Russian")),
    ("de", pgettext_lazy("spoken language", "German")),
]


class Weekday(models.IntegerChoices):
    """ISO-like weekday numbers as Python's date.weekday() gives them (Monday is 0)."""

    MONDAY = 0, pgettext_lazy("weekday", "Monday")
    TUESDAY = 1, pgettext_lazy("weekday", "Tuesday")
    WEDNESDAY = 2, pgettext_lazy("weekday", "Wednesday")
    THURSDAY = 3, pgettext_lazy("weekday", "Thursday")
    FRIDAY = 4, pgettext_lazy("weekday", "Friday")
    SATURDAY = 5, pgettext_lazy("weekday", "Saturday")
    SUNDAY = 6, pgettext_lazy("weekday", "Sunday")


class DeskOfficerForm(WagtailAdminModelForm):
    """The officer's languages as ticks rather than raw JSON."""

    phone = phone_form_field(label=_("phone"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=SPOKEN_LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Visitors may ask for an officer who speaks their language."),
    )


class DeskOfficer(Orderable):
    """A named officer of the one-stop desk as visitors see them on the contact page: who they are, what
    they handle, how to reach them and which languages they speak. The order is the page's order."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Full name, as visitors should address them."))
    role_vi = models.CharField(_("role (Vietnamese)"), max_length=120)
    role_en = models.CharField(
        _("role (English)"), max_length=120, blank=True, help_text=_("Empty: the Vietnamese text is shown.")
    )
    handles_vi = models.TextField(
        _("handles (Vietnamese)"), max_length=400, help_text=_("What visitors should ask this officer about.")
    )
    handles_en = models.TextField(
        _("handles (English)"), max_length=400, blank=True, help_text=_("Empty: the Vietnamese text is shown.")
    )
    phone = PhoneNumberField(_("phone"), blank=True, help_text=PHONE_HELP)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    active = models.BooleanField(_("shown"), default=True, help_text=_("Untick while the officer is away for long."))

    base_form_class = DeskOfficerForm
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("role_vi"), FieldPanel("role_en")]),
        FieldRowPanel([FieldPanel("handles_vi"), FieldPanel("handles_en")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("languages"),
        FieldPanel("active"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("desk officer")
        verbose_name_plural = _("desk officers")

    def __str__(self):
        return self.name

    @property
    def role(self):
        return in_active_language(self, "role")

    @property
    def handles(self):
        return in_active_language(self, "handles")

    @property
    def language_names(self):
        """The names of the languages spoken, in the active language, in SPOKEN_LANGUAGES order."""
        spoken = set(self.languages or [])
        return [str(label) for code, label in SPOKEN_LANGUAGES if code in spoken]

    @property
    def phone_display(self):
        """The number as people dial it from abroad (+84 263 …), or as stored when it cannot be read."""
        return self.phone.as_international if self.phone and self.phone.is_valid() else str(self.phone or "")

    @property
    def phone_link(self):
        """The number for a tel: link, in E.164."""
        return self.phone.as_e164 if self.phone and self.phone.is_valid() else ""


class OpeningPeriod(models.Model):
    """One period the one-stop desk is open on a weekday (a day may have two, around the lunch break).
    Vietnamese public holidays are closed whatever the periods say."""

    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"), help_text=_("Local time in Đà Lạt (Asia/Ho_Chi_Minh)."))
    closes = models.TimeField(_("closes"), help_text=_("Local time in Đà Lạt (Asia/Ho_Chi_Minh)."))

    panels = [FieldPanel("weekday"), FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")])]

    class Meta:
        verbose_name = _("opening period")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "opens", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(closes__gt=F("opens")), name="opening_period_closes_after_opening")
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The desk must close after it opens.")})


@lru_cache(maxsize=8)
def _public_holidays(year, language):
    return dict(holidays.country_holidays("VN", years=year, language=language))


def public_holiday(day, language=None):
    """The name of the Vietnamese public holiday on `day` (in Vietnamese or English), or None."""
    language = "vi" if (language or get_language() or "vi").startswith("vi") else "en_US"
    return _public_holidays(day.year, language).get(day)


class DeskHours:
    """The desk's opening periods read once, and what they mean at a given moment in Asia/Ho_Chi_Minh."""

    LOOK_AHEAD_DAYS = 21  # Tết closes the desk about a week; three weeks always find the next opening

    def __init__(self, periods=None):
        self.periods = list(OpeningPeriod.objects.all() if periods is None else periods)

    def __bool__(self):
        return bool(self.periods)

    def week(self):
        """[(weekday label, [periods])] from Monday to Sunday; a day without periods has an empty list."""
        by_day = {day: [] for day in Weekday.values}
        for period in sorted(self.periods, key=lambda period: (period.weekday, period.opens)):
            by_day[period.weekday].append(period)
        return [(Weekday(day).label, by_day[day]) for day in Weekday.values]

    def _periods_on(self, day):
        if public_holiday(day) is not None:
            return []
        return sorted((period for period in self.periods if period.weekday == day.weekday()), key=lambda p: p.opens)

    def status(self, now=None):
        """{"open": bool, "closes_at": time or None, "next_opening": aware datetime or None,
        "holiday": today's holiday name or None} at `now`, in the park's time zone."""
        local = (now or timezone.now()).astimezone(PARK_TIME_ZONE)
        today, time_now = local.date(), local.time()
        current = next((p for p in self._periods_on(today) if p.opens <= time_now < p.closes), None)
        next_opening = None
        for offset in range(self.LOOK_AHEAD_DAYS):
            day = today + datetime.timedelta(days=offset)
            starts = [p.opens for p in self._periods_on(day) if offset or p.opens > time_now]
            if starts:
                next_opening = datetime.datetime.combine(day, min(starts), tzinfo=PARK_TIME_ZONE)
                break
        return {
            "open": current is not None,
            "closes_at": current.closes if current else None,
            "next_opening": next_opening,
            "next_opening_day": Weekday(next_opening.weekday()).label if next_opening else "",
            "holiday": public_holiday(today),
        }

    @staticmethod
    def upcoming_holidays(today=None, count=3):
        """The next `count` public holidays from `today` on, as (date, name) in the active language."""
        today = today or timezone.now().astimezone(PARK_TIME_ZONE).date()
        found = []
        for year in (today.year, today.year + 1):
            language = "vi" if (get_language() or "vi").startswith("vi") else "en_US"
            found += [(day, name) for day, name in sorted(_public_holidays(year, language).items()) if day >= today]
        return found[:count]


class ContactPage(FoldedSearchText, Page):
    """The contact page: the one-stop desk's named officers, its opening hours (closed on Vietnamese public
    holidays, with "open now" in the park's time zone), a map of the park with its address and a link to
    open the coordinates in an external map, and the enquiry form (filled in by the visits app's slot)."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))
    address = models.TextField(
        _("address"), help_text=_("The one-stop desk's postal address, one line per line of the address.")
    )
    directions = models.TextField(
        _("how to get here"), blank=True, help_text=_("A sentence or two on finding the desk (landmarks, parking).")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Of the desk's entrance, in decimal degrees (WGS 84), e.g. 11.940400."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Of the desk's entrance, in decimal degrees (WGS 84), e.g. 108.458300."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("directions"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and map"),
        ),
        HelpPanel(
            content=_(
                "The officers and the opening hours are the same in both languages: edit them under "
                "“One-stop desk” in the menu."
            )
        ),
    ]
    folded_search_sources = ("title", "introduction", "address")
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_text"),
        index.SearchField("introduction"),
        index.SearchField("address"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    @property
    def external_map_url(self):
        """OpenStreetMap centred on the desk, with a marker."""
        lat, lon = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    @property
    def geo_uri(self):
        """A geo: link (RFC 5870) phones open in their own map application."""
        return f"geo:{self.latitude:.6f},{self.longitude:.6f}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hours = DeskHours()
        context["officers"] = DeskOfficer.objects.filter(active=True)
        context["hours"] = hours
        context["desk_status"] = hours.status() if hours else None
        context["holidays"] = hours.upcoming_holidays()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # "Open now" is true for a minute, not for the page cache's five: never store this page.
        add_never_cache_headers(response)
        return response
