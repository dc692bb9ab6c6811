"""What the applications app contributes to the shell's template slots (registered in ready())."""

from core import slots

from .models import InvestmentApplication


def account_applications(request, **kwargs):
    """The signed-in user's applications with status and service clock, for /<lang>/account/."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    applications = InvestmentApplication.objects.filter(applicant=user).order_by("-created_at", "-pk")
    return {"rows": [{"application": a, "clock": a.clock()} for a in applications]}


def register_slots():
    slots.register(
        "account_dashboard",
        slots.SlotProvider(
            key="applications",
            template="applications/slots/account_applications.html",
            get_context=account_applications,
            order=20,
        ),
    )
