"""What training contributes to the shell's template slots (registered in TrainingConfig.ready)."""

from django.utils import timezone

from core import slots

from .listing import featured_cohorts, programme_pages_by_key
from .models import Registration
from .pipeline import talent_pipeline
from .services import attendance_percent, with_attendance


def account_registrations(request, **kwargs):
    """The signed-in trainee's registrations: status, waitlist position, attendance, certificate."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    registrations = list(
        with_attendance(Registration.objects.filter(trainee=user))
        .select_related("cohort", "certificate")
        .order_by("-cohort__starts_on", "-created_at")
    )
    if not registrations:
        return None
    pages = programme_pages_by_key({registration.cohort.programme_key for registration in registrations})
    rows = [
        {
            "registration": registration,
            "programme": pages.get(registration.cohort.programme_key),
            "position": registration.waitlist_position(),
            "attendance": attendance_percent(registration.present_count, registration.session_count),
            "certificate": getattr(registration, "certificate", None),
        }
        for registration in registrations
    ]
    return {"rows": rows}


def home_cohorts(request, **kwargs):
    """Upcoming cohorts with seats left and the talent pipeline, for the home page."""
    items = featured_cohorts(timezone.now())
    pipeline = talent_pipeline(months=6)
    return {"items": items, "pipeline": pipeline} if items or pipeline.programmes else None


def parcel_talent_pipeline(request, parcel=None, **kwargs):
    """Graduates expected in the next six months by skill; the same for every parcel of the park."""
    pipeline = talent_pipeline(months=6)
    return {"pipeline": pipeline} if pipeline.programmes else None


def register_slots():
    slots.register(
        "account_dashboard",
        slots.SlotProvider(
            key="training",
            template="training/slots/account_registrations.html",
            get_context=account_registrations,
            order=40,
        ),
    )
    slots.register(
        "home_featured",
        slots.SlotProvider(
            key="training", template="training/slots/home_cohorts.html", get_context=home_cohorts, order=40
        ),
    )
    slots.register(
        "parcel_talent_pipeline",
        slots.SlotProvider(
            key="training", template="training/slots/talent_pipeline.html", get_context=parcel_talent_pipeline, order=40
        ),
    )
