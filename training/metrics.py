"""Transparency metrics of training, registered with the home app's metric registry.

- registered: registrations that hold a seat (confirmed, completed or did not complete); waitlisted
  and cancelled registrations are not counted;
- completed: registrations marked completed;
- certified: certificates issued and not revoked;
- verifications: distinct verifications (one per code, visitor and day, so reloads add nothing) that
  found a certificate (valid or revoked), from the CertificateVerification log; lookups of unknown
  codes are shown in the breakdown only.
Years are the year a cohort starts (verifications: the year of the lookup); programmes are the
cohort's programme page (any language).
"""

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from transparency.registry import AdminLink, Column, Measure, Metric, Point, Row, Unit, register, shared

from .models import Certificate, CertificateVerification, ProgrammePage, Registration, VerificationOutcome
from .models.cohorts import SEAT_STATUSES

ROSTER = "training_registration:index"
CERTIFICATES = "training_certificate:index"
COUNTS = {
    "registered": Count("pk", filter=Q(status__in=SEAT_STATUSES)),
    "completed": Count("pk", filter=Q(status="completed")),
    "certified": Count("certificate", filter=Q(certificate__revoked_at__isnull=True)),
}
COLUMNS = (
    Column("registered", _("Registered")),
    Column("completed", _("Completed")),
    Column("certified", _("Certified")),
)


def programme_titles(keys):
    """{translation key: title} of programme pages, in the active language where it exists."""
    language = (get_language() or "vi").split("-")[0]
    titles = {}
    pages = ProgrammePage.objects.filter(translation_key__in=keys).values_list("translation_key", "title", "locale")
    for key, title, _locale in sorted(pages, key=lambda row: row[2]):
        titles.setdefault(key, title)
    localised = ProgrammePage.objects.filter(translation_key__in=keys, locale__language_code=language)
    titles.update(dict(localised.values_list("translation_key", "title")))
    return titles


def per_programme():
    """Breakdown rows: registered, completed and certified trainees of each programme."""
    rows = Registration.objects.order_by().values("cohort__programme_key").annotate(**COUNTS)
    rows = [row for row in rows if row["registered"] or row["completed"] or row["certified"]]
    titles = programme_titles([row["cohort__programme_key"] for row in rows])
    return tuple(
        sorted(
            (
                Row(
                    label=titles.get(row["cohort__programme_key"], str(_("Programme removed"))),
                    values={name: row[name] for name in COUNTS},
                )
                for row in rows
            ),
            key=lambda row: row.label,
        )
    )


def totals():
    return Registration.objects.aggregate(**COUNTS)


def _measure(name):
    return Measure(
        value=shared("training.totals", totals)[name],
        columns=COLUMNS,
        rows=shared("training.per_programme", per_programme),
    )


def per_year(name):
    years = (
        Registration.objects.order_by()
        .annotate(year=ExtractYear("cohort__starts_on"))
        .values("year")
        .annotate(count=COUNTS[name])
        .order_by("year")
    )
    return [Point(str(row["year"]), row["count"]) for row in years]


def certificates():
    counts = Certificate.objects.aggregate(issued=Count("pk"), revoked=Count("pk", filter=Q(revoked_at__isnull=False)))
    rows = (
        Row(str(_("Issued")), {"count": counts["issued"]}),
        Row(str(_("Revoked")), {"count": counts["revoked"]}),
    )
    return Measure(value=counts["issued"], columns=(Column("count", _("Certificates")),), rows=rows)


def certificates_series():
    years = Certificate.objects.order_by().annotate(year=ExtractYear("issued_at")).values("year")
    return [Point(str(row["year"]), row["count"]) for row in years.annotate(count=Count("pk")).order_by("year")]


OUTCOME_ROWS = (
    (VerificationOutcome.VALID, _("Valid")),
    (VerificationOutcome.REVOKED, _("Revoked")),
    (VerificationOutcome.UNKNOWN, _("Unknown codes")),
)
FOUND = Q(outcome__in=(VerificationOutcome.VALID, VerificationOutcome.REVOKED))


def verifications():
    """Lookups that found a certificate, with every outcome (unknown codes included) in the breakdown."""
    counts = CertificateVerification.objects.aggregate(
        **{outcome.value: Count("pk", filter=Q(outcome=outcome)) for outcome in VerificationOutcome}
    )
    rows = tuple(Row(str(label), {"count": counts[outcome]}) for outcome, label in OUTCOME_ROWS)
    found = counts[VerificationOutcome.VALID] + counts[VerificationOutcome.REVOKED]
    return Measure(value=found, columns=(Column("count", _("Verifications")),), rows=rows)


def verifications_series():
    years = CertificateVerification.objects.filter(FOUND).order_by().annotate(year=ExtractYear("verified_at"))
    return [
        Point(str(row["year"]), row["count"])
        for row in years.values("year").annotate(count=Count("pk")).order_by("year")
    ]


PER_YEAR = _("Per year of the cohort's start")
for order, (name, label, definition) in enumerate(
    (
        ("registered", _("Trainees registered"), _("Registrations holding a seat (not waitlisted or cancelled).")),
        ("completed", _("Trainees who completed a course"), _("Registrations marked completed.")),
        ("certified", _("Trainees certified"), _("Certificates issued and not revoked.")),
    ),
    start=50,
):
    register(
        Metric(
            key=f"training.{name}",
            label=label,
            unit=Unit.PEOPLE,
            compute=lambda name=name: _measure(name),
            series=lambda name=name: per_year(name),
            series_label=PER_YEAR,
            definition=definition,
            admin_links=(AdminLink(_("Roster"), ROSTER, "status=completed" if name != "registered" else ""),),
            order=order,
        )
    )
register(
    Metric(
        key="training.certificates",
        label=_("Certificates issued"),
        unit=Unit.COUNT,
        compute=certificates,
        series=certificates_series,
        series_label=_("Per year of issue"),
        definition=_("Certificates issued, including those later revoked."),
        admin_links=(AdminLink(_("Certificates"), CERTIFICATES),),
        order=60,
    )
)
register(
    Metric(
        key="training.verifications",
        label=_("Certificate verifications"),
        unit=Unit.COUNT,
        compute=verifications,
        series=verifications_series,
        series_label=_("Per year of the lookup"),
        definition=_(
            "Views of the public verification page that found a certificate, valid or revoked; "
            "lookups of unknown codes are listed separately and not counted."
        ),
        admin_links=(AdminLink(_("Certificates"), CERTIFICATES),),
        order=61,
    )
)
