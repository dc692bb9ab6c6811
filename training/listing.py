"""Read-only views of cohorts for the public pages: seats left, the action open to the visitor."""

from dataclasses import dataclass

from django.utils import timezone

from .models import Cohort, ProgrammePage, Registration
from .models.registrations import HOLDING_STATUSES


@dataclass(frozen=True)
class CohortRow:
    """A cohort as a visitor sees it: seats left, what they can do, and their own status if any."""

    cohort: Cohort
    seats_left: int
    waitlisted: int
    action: str
    my_registration: Registration | None


def cohort_rows(cohorts, user, now=None):
    """Rows for `cohorts` (a queryset) with counts from one query, plus the user's own registrations."""
    now = now or timezone.now()
    cohorts = list(cohorts.with_counts().prefetch_related("sessions"))
    mine = {}
    if user is not None and user.is_authenticated:
        registrations = Registration.objects.filter(trainee=user, cohort__in=cohorts, status__in=HOLDING_STATUSES)
        mine = {registration.cohort_id: registration for registration in registrations}
    return [
        CohortRow(
            cohort=cohort,
            seats_left=max(cohort.seats - cohort.confirmed_count, 0),
            waitlisted=cohort.waitlisted_count,
            action=cohort.action(now, cohort.confirmed_count, cohort.waitlisted_count),
            my_registration=mine.get(cohort.pk),
        )
        for cohort in cohorts
    ]


@dataclass(frozen=True)
class ProgrammeCard:
    """A programme in the training index, with its next cohort (if any)."""

    page: ProgrammePage
    next_cohort: CohortRow | None


def programme_cards(index_page, now=None):
    """The live programmes everyone may read under `index_page`, each with the next cohort open to visitors."""
    now = now or timezone.now()
    programmes = list(ProgrammePage.objects.live().public().child_of(index_page).order_by("path"))
    upcoming = Cohort.objects.upcoming(now).filter(programme_key__in=[page.translation_key for page in programmes])
    first_by_key = {}
    for row in cohort_rows(upcoming, None, now):
        first_by_key.setdefault(row.cohort.programme_key, row)
    return [ProgrammeCard(page=page, next_cohort=first_by_key.get(page.translation_key)) for page in programmes]


def featured_cohorts(now=None, limit=4):
    """Upcoming cohorts with seats left (for the home page), each with its programme page."""
    now = now or timezone.now()
    rows = [row for row in cohort_rows(Cohort.objects.upcoming(now), None, now) if row.seats_left > 0]
    rows = rows[:limit]
    pages = programme_pages_by_key({row.cohort.programme_key for row in rows})
    return [(row, pages.get(row.cohort.programme_key)) for row in rows if row.cohort.programme_key in pages]


def programme_pages_by_key(keys):
    """Live programme pages in the active language (falling back to any language), by translation key."""
    from wagtail.models import Locale

    active = Locale.get_active()
    pages = {}
    for page in ProgrammePage.objects.live().filter(translation_key__in=keys).select_related("locale"):
        if page.translation_key not in pages or page.locale_id == active.pk:
            pages[page.translation_key] = page
    return pages
