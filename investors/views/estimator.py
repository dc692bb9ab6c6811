"""The incentive estimator: a GET form whose result can be shared as a link, and its printable view."""

from django.utils.translation import gettext_lazy as _

from home.models import CurrencySettings
from investors.estimates import build_estimate, parcel_choices, unit_choices
from investors.forms import EstimatorForm
from investors.incentives import Unmet

UNMET_LABELS = {
    Unmet.SECTOR: _("not for this sector"),
    Unmet.CAPITAL: _("capital below the minimum"),
    Unmet.EMPLOYEES: _("fewer staff than required"),
    Unmet.LOCATION: _("only for projects located in the park"),
    Unmet.PARK_STATUS: _("only once the park is designated as a concentrated digital technology zone"),
    Unmet.STATE_LEASE: _("only for rent owed to the State, not a developer's sublease fee"),
    Unmet.SOCIALISED_EDUCATION: _("only for training that meets the criteria for socialised education"),
    Unmet.NOT_IN_FORCE: _("not in force in the years estimated"),
}


def estimator_view(request, index_page, printable=False):
    """Render the estimator on `index_page`; invalid input re-renders the form with its errors (HTTP 200)."""
    rate = CurrencySettings.load(request_or_site=request)
    form = EstimatorForm(
        request.GET or None, parcel_choices=parcel_choices(), unit_choices=unit_choices(), usd_to_vnd=rate.usd_to_vnd
    )
    report = build_estimate(form.cleaned_data, request) if form.is_bound and form.is_valid() else None
    context = {
        "form": form,
        "report": report,
        "ineligible": _ineligible(report),
        "query": request.GET.urlencode(),
        "printable": printable,
    }
    template = "investors/estimator_print.html" if printable else "investors/estimator.html"
    return index_page.render(request, template=template, context_overrides=context)


def _ineligible(report):
    """(citation, reasons) of the rules the project does not qualify for."""
    if report is None:
        return []
    return [
        (report.citations[rule.key], [UNMET_LABELS[reason] for reason in reasons])
        for rule, reasons in report.estimate.ineligible
    ]
