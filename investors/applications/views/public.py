"""The public verification page of a decision letter, opened from the QR code printed on it."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from core.ratelimits import rate_limit

from ..letters import find_letter


@never_cache
@rate_limit("decision_lookup")
def decision_verify(request, code):
    """Reference, outcome, date and the PDF's SHA-256 of the letter with `code`; any other code is a
    404 that says nothing more (codes are unguessable and lookups rate-limited, so none can be found
    by trying)."""
    letter = find_letter(code)
    if letter is None:
        return render(request, "applications/decision_unknown.html", status=404)
    return render(request, "applications/decision_verify.html", {"letter": letter, "application": letter.application})
