"""The rating request e-mail, rendered in the person's language when the outbox sends it."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override

from core import outbox

from .models import Rating
from .services import token_for


def rating_url(rating, language):
    """The absolute signed link to rate `rating`, in `language`."""
    with override(language):
        path = reverse("ratings:rate", args=[token_for(rating)])
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


def render_rating_request(email):
    """(subject, text body) of a rating request, in the person's preferred language."""
    rating = Rating.objects.select_related("person").get(pk=email.about_id)
    language = rating.person.preferred_language or settings.LANGUAGE_CODE
    with override(language):
        context = {"rating": rating, "person": rating.person, "url": rating_url(rating, language)}
        subject = render_to_string("ratings/email/request_subject.txt", context).strip()
        body = render_to_string("ratings/email/request.txt", context)
    return outbox.RenderedEmail(subject, body)
