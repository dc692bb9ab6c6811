"""Filters of the staff inbox: status, sector, domestic or foreign, overdue, assigned officer."""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from investors.incentives.sectors import SECTOR_CHOICES

from .clock import overdue_cutoffs
from .models import ApplicationStatus, InvestmentApplication
from .models.applications import DOMESTIC_COUNTRY
from .workflow import SCREEN, staff_holding

SUBMITTED_STATUSES = [(value, label) for value, label in ApplicationStatus.choices if value != ApplicationStatus.DRAFT]


def overdue_q(today=None):
    """Applications whose current step has run past its statutory working days."""
    condition = Q(pk__in=[])
    for status, cutoff in overdue_cutoffs(today).items():
        start_of_cutoff = timezone.make_aware(datetime.datetime.combine(cutoff, datetime.time.min))
        condition |= Q(status=status, step_started_at__lt=start_of_cutoff)
    return condition


def officers():
    return staff_holding(SCREEN)


class ApplicationFilterSet(WagtailFilterSet):
    """The inbox filters."""

    status = django_filters.ChoiceFilter(label=_("Status"), choices=SUBMITTED_STATUSES)
    sector = django_filters.ChoiceFilter(label=_("Sector"), choices=SECTOR_CHOICES)
    origin = django_filters.ChoiceFilter(
        label=_("Investor"),
        choices=[("domestic", _("Domestic")), ("foreign", _("Foreign"))],
        method="filter_origin",
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Deadline"), choices=[("yes", _("Overdue")), ("no", _("On time"))], method="filter_overdue"
    )
    assigned_officer = django_filters.ModelChoiceFilter(
        label=_("Assigned officer"), queryset=lambda request: officers()
    )

    class Meta:
        model = InvestmentApplication
        fields = ["status", "sector", "origin", "overdue", "assigned_officer"]

    def filter_origin(self, queryset, name, value):
        if value == "domestic":
            return queryset.filter(country=DOMESTIC_COUNTRY)
        return queryset.exclude(country=DOMESTIC_COUNTRY)

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(overdue_q()) if value == "yes" else queryset.exclude(overdue_q())
