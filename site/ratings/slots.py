"""The account page's notice of services waiting for a rating (slot `account_dashboard`)."""

from core import slots

from .services import pending_for, token_for


def pending_ratings(request, **kwargs):
    """The signed-in person's unanswered rating requests, each with its link; nothing when none."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    pending = [{"rating": rating, "token": token_for(rating)} for rating in pending_for(user)]
    if not pending:
        return None
    return {"pending": pending}


def register_slots():
    slots.register(
        "account_dashboard",
        slots.SlotProvider(key="ratings", template="ratings/slots/pending.html", get_context=pending_ratings, order=5),
    )
