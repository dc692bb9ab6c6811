"""The parcel and office-unit lists' filters, shared by the list, the site plan and the open-data exports.

Bad input never fails a request: an invalid value is reported in `notices` (translated) and that
filter is ignored; an inverted area range is swapped. Only a query no form can produce — more values
of one filter than there are choices to tick (`excessive_filters`) — is refused with a 400, because
checking and echoing hundreds of repeated values costs seconds.
"""

from decimal import Decimal

from django import forms
from django.db.models import Q
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import django_filters

from .models import Building, FitOut, LandUse, ParcelStatus, UnitKind, UnitStatus, Zone

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


def excessive_filters(query_dict, filterset_class=None):
    """A translated explanation when one filter repeats more values than can be ticked, otherwise None."""
    filterset_class = filterset_class or ParcelFilterSet
    for name in filterset_class.multi_value_filters:
        count = len(query_dict.getlist(name))
        if count <= MAX_VALUES_PER_FILTER:
            continue
        field = filterset_class.base_filters[name]
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

    multi_value_filters = MULTI_VALUE_FILTERS
    range_filters = RANGE_FILTERS

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
        for name in self.multi_value_filters:
            labels = dict(self.form.fields[name].choices)
            for value in data.get(name) or []:
                chips.append(self._chip(name, value, labels.get(value, value), query_dict))
        for name in self.range_filters:
            if data.get(name) is not None:
                value = data[name]
                shown = _grouped(value) if isinstance(value, Decimal) else date_format(value, "SHORT_DATE_FORMAT")
                chips.append(self._chip(name, None, shown, query_dict))
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


# Office units ----------------------------------------------------------------------------------------

UNIT_SORTS = {
    "code": ("building__code", "floor", "code"),
    "area": ("area_m2", "code"),
    "-area": ("-area_m2", "code"),
    "price": ("price_usd_m2_month", "desk_price_usd_month", "code"),
    "available": ("available_from", "code"),
}
UNIT_SORT_CHOICES = [
    ("code", gettext_lazy("Building and floor")),
    ("area", gettext_lazy("Area, smallest first")),
    ("-area", gettext_lazy("Area, largest first")),
    ("price", gettext_lazy("Price, lowest first")),
    ("available", gettext_lazy("Available soonest")),
]


def building_choices():
    """Published buildings as (code, "T1 – name") choices, in the active language."""
    return [(building.code, str(building)) for building in Building.objects.filter(live=True)]


class UnitFilterSet(ParcelFilterSet):
    """Building, kind, fit-out, status, area range, maximum rent, available-by date and sort order.

    Reuses the parcel filters' error reporting, range swapping and chips."""

    zone = land_use = area_min = area_max = price_max = None
    building = django_filters.MultipleChoiceFilter(
        field_name="building__code",
        choices=building_choices,
        label=gettext_lazy("Building"),
        widget=forms.CheckboxSelectMultiple,
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=UnitKind.choices, label=gettext_lazy("Kind"), widget=forms.CheckboxSelectMultiple
    )
    fit_out = django_filters.MultipleChoiceFilter(
        choices=FitOut.choices, label=gettext_lazy("Fit-out"), widget=forms.CheckboxSelectMultiple
    )
    status = django_filters.MultipleChoiceFilter(
        choices=UnitStatus.choices, label=gettext_lazy("Status"), widget=forms.CheckboxSelectMultiple
    )
    area_min = _number_filter("area_m2", "gte", gettext_lazy("Minimum area (m²)"), "1000000")
    area_max = _number_filter("area_m2", "lte", gettext_lazy("Maximum area (m²)"), "1000000")
    price_max = _number_filter("price_usd_m2_month", "lte", gettext_lazy("Maximum rent (USD/m²/month)"), "100000")
    desk_price_max = _number_filter(
        "desk_price_usd_month", "lte", gettext_lazy("Maximum desk price (USD/month)"), "100000"
    )
    available_by = django_filters.DateFilter(
        label=gettext_lazy("Available by"),
        method="filter_available_by",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sort = django_filters.ChoiceFilter(
        choices=UNIT_SORT_CHOICES, label=gettext_lazy("Sort by"), method="sort_by", empty_label=None
    )

    multi_value_filters = ("building", "kind", "fit_out", "status")
    range_filters = ("area_min", "area_max", "price_max", "desk_price_max", "available_by")

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        order = (*self.multi_value_filters, *self.range_filters, "sort")  # the form's order, top to bottom
        self.filters = {name: self.filters[name] for name in order}

    def filter_available_by(self, queryset, name, value):
        return queryset.filter(Q(available_from__isnull=True) | Q(available_from__lte=value))

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*UNIT_SORTS.get(value, UNIT_SORTS["code"]))


def excessive_unit_filters(query_dict):
    """Like `excessive_filters`, for the unit list's multi-value filters."""
    return excessive_filters(query_dict, UnitFilterSet)
