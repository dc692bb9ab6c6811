"""The rating page a signed link opens: the form, or what was answered before."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.ratelimits import rate_limit

from .forms import RatingForm
from .services import AlreadyAnswered, LinkExpired, answer_rating, rating_from_token


@never_cache
@rate_limit("rating_answer", method="POST")
def rate(request, token):
    """Rate one service. The link works for its person only: a token we did not sign, or a signed-in
    visitor who is someone else, gets 404. Someone not signed in may answer from the e-mailed link."""
    try:
        rating = rating_from_token(token)
    except LinkExpired:
        return render(request, "ratings/expired.html", status=410)
    if rating is None or (request.user.is_authenticated and request.user.pk != rating.person_id):
        raise Http404
    if rating.is_answered:
        status = 409 if request.method == "POST" else 200
        return render(request, "ratings/answered.html", {"rating": rating, "refused": status == 409}, status=status)
    form = RatingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            answer_rating(rating.pk, rating.person, form.cleaned_data["score"], form.cleaned_data["comment"])
        except AlreadyAnswered:
            rating.refresh_from_db()
            return render(request, "ratings/answered.html", {"rating": rating, "refused": True}, status=409)
        messages.success(request, _("Thank you: your rating was recorded."))
        return redirect(request.path)
    return render(request, "ratings/rate.html", {"rating": rating, "form": form})
