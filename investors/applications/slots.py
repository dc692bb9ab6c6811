"""What the applications app contributes to template slots (registered in ready()): the account
dashboard's list of applications, the parcel page's "Apply for this parcel" and the office unit page's
"Apply for this unit" buttons and, on the sign-in
pages, why applying needs an account."""

from django.core.paginator import Paginator
from django.urls import reverse

from core import slots

from .models import InvestmentApplication, applicant_or_member

ACCOUNT_APPLICATIONS_PER_PAGE = 20


def account_applications(request, **kwargs):
    """The applications the signed-in user acts for (their own and their organisations'), with status and
    service clock, for /<lang>/account/.

    Someone with no application only sees the invitation to apply when the page has nothing else to show:
    a trainee's account page lists their courses, not an investor's empty applications section. A firm
    with many files gets them a page at a time (newest first), so the page costs the same for 3 or 300.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    applications = InvestmentApplication.objects.filter(applicant_or_member(user)).order_by("-created_at", "-pk")
    page_obj = Paginator(applications, ACCOUNT_APPLICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    rows = [{"application": a, "clock": a.clock()} for a in page_obj]
    return {"rows": rows, "page_obj": page_obj, slots.ONLY_IF_ALONE: not rows}


def apply_for_parcel(request, parcel=None, **kwargs):
    """The application form with the parcel preselected, offered while the parcel is available."""
    if parcel is None or parcel.status != "available":
        return None
    return {"apply_url": f"{reverse('apply_start')}?parcel={parcel.code}"}


def apply_for_unit(request, unit=None, **kwargs):
    """The application form with the office unit preselected, offered while the unit is available."""
    if unit is None or unit.status != "available":
        return None
    return {"apply_url": f"{reverse('apply_start')}?unit={unit.code}", "unit": unit}


def allocation_criteria(request, **kwargs):
    """The published criteria (with weights and guidance) every application is scored on."""
    from .review import active_criteria

    criteria = active_criteria()
    if not criteria:
        return None
    total = sum(criterion.weight for criterion in criteria)
    return {"criteria": criteria, "total_weight": total}


def apply_sign_in_reason(request, next_url=None, **kwargs):
    """On the sign-in and sign-up pages: why an application needs an account, when `next` is the application form."""
    if not next_url or not str(next_url).startswith(reverse("apply_start")):
        return None
    return {}


def register_slots():
    slots.register(
        "incentives_index",
        slots.SlotProvider(
            key="allocation_criteria",
            template="applications/slots/allocation_criteria.html",
            get_context=allocation_criteria,
            order=10,
        ),
    )
    slots.register(
        "account_dashboard",
        slots.SlotProvider(
            key="applications",
            template="applications/slots/account_applications.html",
            get_context=account_applications,
            order=20,
        ),
    )
    slots.register(
        "sign_in_reason",
        slots.SlotProvider(
            key="apply", template="applications/slots/sign_in_reason.html", get_context=apply_sign_in_reason
        ),
    )
    slots.register(
        "parcel_actions",
        slots.SlotProvider(
            key="apply", template="applications/slots/parcel_apply.html", get_context=apply_for_parcel, order=10
        ),
    )
    slots.register(
        "unit_actions",
        slots.SlotProvider(
            key="apply", template="applications/slots/unit_apply.html", get_context=apply_for_unit, order=10
        ),
    )
