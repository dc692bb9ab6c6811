"""The incentive estimator: a GET form whose result can be shared as a link, and its printable view."""

from django.utils.translation import gettext_lazy as _

from investors.estimates import build_estimate, parcel_choices
from investors.forms import EstimatorForm
from investors.incentives import Unmet

UNMET_LABELS = {
    Unmet.SECTOR: _("not for this sector"),
    Unmet.CAPITAL: _("capital below the minimum"),
    Unmet.EMPLOYEES: _("fewer staff than required"),
    Unmet.LOCATION: _("only for projects on land in the park (choose a parcel or an area)"),
}


def estimator_view(request, index_page, printable=False):
    """Render the estimator on `index_page`; invalid input re-renders the form with its errors (HTTP 200)."""
    form = EstimatorForm(request.GET or None, parcel_choices=parcel_choices())
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
