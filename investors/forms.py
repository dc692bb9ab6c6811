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
    capital_usd = forms.DecimalField(
        label=_("Investment capital (USD)"),
        min_value=Decimal("0"),
        max_value=MAX_CAPITAL_USD,
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
        label=_("Expected annual revenue (USD)"),
        min_value=Decimal("0"),
        max_value=MAX_REVENUE_USD,
        decimal_places=2,
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

    def __init__(self, *args, parcel_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parcel"].choices = [("", _("No parcel chosen yet")), *parcel_choices]
        for field in self.fields.values():
            if isinstance(field, forms.DecimalField | forms.IntegerField):
                field.widget.attrs.setdefault("inputmode", "decimal")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("parcel") and cleaned.get("area_m2"):
            self.add_error("area_m2", _("Choose a parcel or enter an area, not both."))
        return cleaned
