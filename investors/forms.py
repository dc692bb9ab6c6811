"""Forms of the incentive pages: the policy filters and the estimator's project profile."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from investors.incentives.sectors import SECTOR_CHOICES
from investors.models.policies import PolicyAudience, PolicyCategory

MAX_CAPITAL_USD = Decimal("10000000000")  # USD 10 billion: beyond any single project in the park
MAX_REVENUE_USD = Decimal("10000000000")
MAX_EMPLOYEES = 100_000
MAX_AREA_M2 = Decimal("1000000")  # 100 ha, more than the whole park
MAX_YEARS = 30
FIRST_START_YEAR = 2016  # the standard rate before 2016 (22%) is not modelled
LAST_START_YEAR = 2045
CURRENCY_CHOICES = [("USD", "USD"), ("VND", "VND")]
LOCATION_CHOICES = [("", _("In the software park")), ("elsewhere", _("Elsewhere (no land or office in the park)"))]


class PolicyFilterForm(forms.Form):
    """GET filters of the policy index; an unknown value shows an error and the filter is ignored."""

    category = forms.ChoiceField(
        label=_("Category"), choices=[("", _("All categories")), *PolicyCategory.choices], required=False
    )
    audience = forms.ChoiceField(
        label=_("Investor"),
        choices=[
            ("", _("All investors")),
            (PolicyAudience.DOMESTIC, _("Domestic")),
            (PolicyAudience.FOREIGN, _("Foreign")),
        ],
        required=False,
    )

    def filter(self, policies):
        """`policies` narrowed by the valid filters."""
        if not self.is_bound or not self.is_valid():
            return policies
        if self.cleaned_data["category"]:
            policies = policies.filter(category=self.cleaned_data["category"])
        if self.cleaned_data["audience"]:
            policies = policies.filter(audience__in=[self.cleaned_data["audience"], PolicyAudience.ALL])
        return policies


def _number_error_messages(maximum_message):
    return {
        "invalid": _("Enter a number using digits, e.g. 2500000."),
        "required": _("This field is required."),
        "min_value": _("This cannot be negative."),
        "max_value": maximum_message,
        "max_digits": maximum_message,
        "max_whole_digits": maximum_message,
        "max_decimal_places": _("Use at most two decimal places."),
    }


class EstimatorForm(forms.Form):
    """The project profile the estimator applies the incentive rules to (sent by GET so it can be shared)."""

    sector = forms.ChoiceField(
        label=_("Sector"),
        choices=[("", _("Choose a sector")), *SECTOR_CHOICES],
        error_messages={"invalid_choice": _("Choose one of the listed sectors."), "required": _("Choose a sector.")},
    )
    currency = forms.ChoiceField(
        label=_("Currency of the amounts"),
        choices=CURRENCY_CHOICES,
        required=False,
        help_text=_("Amounts in đồng are converted at the site's exchange rate."),
        error_messages={"invalid_choice": _("Choose USD or VND.")},
    )
    capital_usd = forms.DecimalField(
        label=_("Investment capital"),
        min_value=Decimal("0"),
        max_digits=20,
        decimal_places=2,
        error_messages=_number_error_messages(_("That is more than any project here; enter at most 10 billion USD.")),
    )
    employees = forms.IntegerField(
        label=_("Employees"),
        min_value=0,
        max_value=MAX_EMPLOYEES,
        error_messages={
            **_number_error_messages(_("Enter at most 100,000 employees.")),
            "invalid": _("Enter a whole number of people."),
        },
    )
    annual_revenue_usd = forms.DecimalField(
        label=_("Expected annual revenue"),
        min_value=Decimal("0"),
        max_digits=20,
        decimal_places=2,
        help_text=_(
            "Total revenue of a year. From the 2025 tax year it picks the standard rate: 15% up to VND 3 billion, "
            "17% up to VND 50 billion, 20% above (Law 67/2025/QH15; not for a company related to firms that do "
            "not qualify)."
        ),
        error_messages=_number_error_messages(_("Enter at most 10 billion USD a year.")),
    )
    profit_margin = forms.DecimalField(
        label=_("Profit margin (%)"),
        min_value=Decimal("-100"),
        max_value=Decimal("100"),
        decimal_places=2,
        help_text=_("Pre-tax profit as a share of revenue; negative for a loss."),
        error_messages={
            **_number_error_messages(_("A margin lies between -100%% and 100%%.")),
            "min_value": _("A margin lies between -100%% and 100%%."),
        },
    )
    minimum_tax_group = forms.BooleanField(
        label=_("Part of a group with consolidated revenue of at least EUR 750 million"),
        required=False,
        help_text=_(
            "Global minimum tax (Resolution 107/2023/QH15, from 2024): such a group's members are topped up to a "
            "15% effective rate, so 0% and 10% years cost more than the incentive suggests."
        ),
    )
    location = forms.ChoiceField(
        label=_("Location"),
        choices=LOCATION_CHOICES,
        required=False,
        help_text=_("Tax incentives by sector apply wherever you are; location incentives only in the park."),
        error_messages={"invalid_choice": _("Choose one of the listed locations.")},
    )
    parcel = forms.ChoiceField(
        label=_("Parcel"),
        required=False,
        help_text=_("An available parcel in the park; its list price gives the land rent."),
        error_messages={"invalid_choice": _("This parcel is not available; choose another or enter an area.")},
    )
    area_m2 = forms.DecimalField(
        label=_("Or land area (m²)"),
        required=False,
        min_value=Decimal("1"),
        max_value=MAX_AREA_M2,
        decimal_places=2,
        help_text=_("Without a parcel, the rent uses the park's median list price."),
        error_messages={
            **_number_error_messages(_("The whole park is smaller than that; enter at most 1,000,000 m².")),
            "min_value": _("Enter an area of at least 1 m²."),
        },
    )
    unit = forms.ChoiceField(
        label=_("Or an office unit"),
        required=False,
        help_text=_("A ready-built office or desk instead of land: its yearly cost is shown next to the incentives."),
        error_messages={"invalid_choice": _("This office unit is not available; choose another.")},
    )
    state_lease = forms.BooleanField(
        label=_("The land is leased from the State"),
        required=False,
        help_text=_("Land rent exemptions reduce rent owed to the State, not a developer's sublease fee."),
    )
    socialised_education = forms.BooleanField(
        label=_("The training meets the criteria for socialised education"),
        required=False,
        help_text=_("Only for IT training: the training CIT incentive applies to “socialised” education."),
    )
    start_year = forms.IntegerField(
        label=_("First year of the project"),
        required=False,
        min_value=FIRST_START_YEAR,
        max_value=LAST_START_YEAR,
        help_text=_("Each year uses the law in force that year. Empty: this year."),
        error_messages={
            **_number_error_messages(_("Enter a year between 2016 and 2045.")),
            "min_value": _("Enter a year between 2016 and 2045."),
            "invalid": _("Enter a year, e.g. 2027."),
        },
    )
    as_of = forms.DateField(
        label=_("Law as it stood on"),
        required=False,
        help_text=_("Leave empty for the law in force today; a past date recomputes with the law of that day."),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    years = forms.IntegerField(
        label=_("Years to estimate"),
        min_value=1,
        max_value=MAX_YEARS,
        initial=15,
        error_messages={
            **_number_error_messages(_("Estimate between 1 and 30 years.")),
            "min_value": _("Estimate between 1 and 30 years."),
            "invalid": _("Enter a whole number of years."),
        },
    )

    def __init__(self, *args, parcel_choices=(), unit_choices=(), usd_to_vnd=Decimal("25400"), **kwargs):
        super().__init__(*args, **kwargs)
        self.usd_to_vnd = Decimal(usd_to_vnd)
        self.fields["parcel"].choices = [("", _("No parcel chosen yet")), *parcel_choices]
        self.fields["unit"].choices = [("", _("No office unit")), *unit_choices]
        for field in self.fields.values():
            if isinstance(field, forms.DecimalField | forms.IntegerField):
                field.widget.attrs.setdefault("inputmode", "decimal")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("parcel") and cleaned.get("area_m2"):
            self.add_error("area_m2", _("Choose a parcel or enter an area, not both."))
        if cleaned.get("unit") and (cleaned.get("parcel") or cleaned.get("area_m2")):
            self.add_error("unit", _("Choose land (a parcel or an area) or an office unit, not both."))
        if cleaned.get("location") == "elsewhere" and cleaned.get("unit"):
            self.add_error("location", _("An office unit is in the park; clear it or choose the park."))
        if cleaned.get("location") == "elsewhere" and (cleaned.get("parcel") or cleaned.get("area_m2")):
            self.add_error("location", _("A parcel or an area is in the park; clear it or choose the park."))
        self._convert_amounts(cleaned)
        return cleaned

    def _convert_amounts(self, cleaned):
        """Amounts entered in đồng become US dollars (the engine's currency); the limits hold in USD."""
        cleaned["currency"] = cleaned.get("currency") or "USD"
        limits = {
            "capital_usd": (MAX_CAPITAL_USD, _("That is more than any project here; enter at most 10 billion USD.")),
            "annual_revenue_usd": (MAX_REVENUE_USD, _("Enter at most 10 billion USD a year.")),
        }
        for name, (maximum, message) in limits.items():
            amount = cleaned.get(name)
            if amount is None:
                continue
            if cleaned["currency"] == "VND":
                amount = (amount / self.usd_to_vnd).quantize(Decimal("0.01"))
                cleaned[name] = amount
            if amount > maximum:
                self.add_error(name, message)
