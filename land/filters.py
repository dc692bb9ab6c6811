"""The parcel list's filters, shared by the list, the site plan and the open-data exports.

Bad input never fails a request: an invalid value is reported in `notices` (translated) and that
filter is ignored; an inverted area range is swapped. Only a query no form can produce — more values
of one filter than there are choices to tick (`excessive_filters`) — is refused with a 400, because
checking and echoing hundreds of repeated values costs seconds.
"""

from decimal import Decimal

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import django_filters

from .models import LandUse, ParcelStatus, Zone

SORTS = {
    "code": ("code_prefix", "code_number"),
    "area": ("area_m2", "code_prefix", "code_number"),
    "-area": ("-area_m2", "code_prefix", "code_number"),
    "price": ("lease_price_usd", "code_prefix", "code_number"),
    "-price": ("-lease_price_usd", "code_prefix", "code_number"),
}
SORT_CHOICES = [
    ("code", gettext_lazy("Code")),
    ("area", gettext_lazy("Area, smallest first")),
    ("-area", gettext_lazy("Area, largest first")),
    ("price", gettext_lazy("Price, lowest first")),
    ("-price", gettext_lazy("Price, highest first")),
]
MULTI_VALUE_FILTERS = ("zone", "land_use", "status")
MAX_VALUES_PER_FILTER = 20  # more than any filter's choices today; a filter with more choices allows them all
RANGE_FILTERS = ("area_min", "area_max", "price_max")


def _grouped(number):
    return number_format(number.normalize() if number == number.to_integral() else number, force_grouping=True)


def zone_choices():
    """Published zones as (code, "A – name") choices, in the active language."""
    return [(zone.code, str(zone)) for zone in Zone.objects.filter(live=True)]


def _number_filter(field_name, lookup_expr, label, maximum):
    return django_filters.NumberFilter(
        field_name=field_name,
        lookup_expr=lookup_expr,
        label=label,
        min_value=Decimal("0"),
        max_value=Decimal(maximum),
        widget=forms.NumberInput(attrs={"min": "0", "step": "any", "inputmode": "decimal"}),
    )


def excessive_filters(query_dict):
    """A translated explanation when one filter repeats more values than can be ticked, otherwise None."""
    for name in MULTI_VALUE_FILTERS:
        count = len(query_dict.getlist(name))
        if count <= MAX_VALUES_PER_FILTER:
            continue
        field = ParcelFilterSet.base_filters[name]
        choices = field.extra["choices"]
        limit = max(MAX_VALUES_PER_FILTER, len(choices() if callable(choices) else choices))
        if count > limit:
            return _(
                "The filter “%(filter)s” was given %(count)s values, but at most %(max)s can be chosen at once. "
                "Remove some and try again."
            ) % {"filter": field.label, "count": count, "max": limit}
    return None


class ParcelFilterSet(django_filters.FilterSet):
    """Zone, land use, status, area range, maximum price and sort order, all from the query string."""

    zone = django_filters.MultipleChoiceFilter(
        field_name="zone__code", choices=zone_choices, label=gettext_lazy("Zone"), widget=forms.CheckboxSelectMultiple
    )
    land_use = django_filters.MultipleChoiceFilter(
        choices=LandUse.choices, label=gettext_lazy("Land use"), widget=forms.CheckboxSelectMultiple
    )
    status = django_filters.MultipleChoiceFilter(
        choices=ParcelStatus.choices, label=gettext_lazy("Status"), widget=forms.CheckboxSelectMultiple
    )
    area_min = _number_filter("area_m2", "gte", gettext_lazy("Minimum area (m²)"), "100000000")
    area_max = _number_filter("area_m2", "lte", gettext_lazy("Maximum area (m²)"), "100000000")
    price_max = _number_filter("lease_price_usd", "lte", gettext_lazy("Maximum price (USD/m²/year)"), "1000000")
    sort = django_filters.ChoiceFilter(
        choices=SORT_CHOICES, label=gettext_lazy("Sort by"), method="sort_by", empty_label=None
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.notices = []

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS["code"]))

    def filter_queryset(self, queryset):
        self._report_errors()
        self._swap_inverted_range()
        return super().filter_queryset(queryset)

    def _report_errors(self):
        for name, errors in self.form.errors.items():
            label = self.form.fields[name].label if name in self.form.fields else name
            for error in errors:
                self.notices.append(
                    _("%(field)s: %(error)s This filter was ignored.") % {"field": label, "error": error}
                )

    def _swap_inverted_range(self):
        data = self.form.cleaned_data
        low, high = data.get("area_min"), data.get("area_max")
        if low is not None and high is not None and low > high:
            data["area_min"], data["area_max"] = high, low
            self.notices.append(
                _("The minimum area was larger than the maximum, so we swapped them: %(low)s–%(high)s m².")
                % {"low": _grouped(high), "high": _grouped(low)}
            )

    def active_sort(self):
        """The sort key in force (the default when missing or invalid)."""
        return self.form.cleaned_data.get("sort") or "code"

    def chips(self, query_dict):
        """One removable chip per active filter value: {"label", "remove_url"} (query strings)."""
        data = self.form.cleaned_data
        chips = []
        for name in MULTI_VALUE_FILTERS:
            labels = dict(self.form.fields[name].choices)
            for value in data.get(name) or []:
                chips.append(self._chip(name, value, labels.get(value, value), query_dict))
        for name in RANGE_FILTERS:
            if data.get(name) is not None:
                chips.append(self._chip(name, None, _grouped(data[name]), query_dict))
        return chips

    def _chip(self, name, value, shown, query_dict):
        remaining = query_dict.copy()
        remaining.pop("page", None)
        if value is None:
            remaining.pop(name, None)
        else:
            remaining.setlist(name, [item for item in remaining.getlist(name) if item != value])
        label = _("%(filter)s: %(value)s") % {"filter": self.form.fields[name].label, "value": shown}
        return {"label": label, "remove_url": "?" + remaining.urlencode()}
