"""The bilingual e-mails about registrations, queued in core's outbox and rendered when they go.

Each e-mail is a `core.models.OutgoingEmail` row (kind "training.<NoticeKind>", one per registration
and kind) created inside the registration's transaction. The outbox's task sends it after the commit,
rendering it here in the trainee's preferred language; a failure is retried by the outbox and never
touches the registration (docs/deployment.md, "E-mail outbox").
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import override

from core import outbox

from .models import NoticeKind, Registration

PREFIX = "training"


def queue_registration_email(registration, kind):
    """Queue (or queue again) the `kind` e-mail of a registration for its trainee."""
    kind = NoticeKind(kind).value
    return outbox.queue_email(
        f"{PREFIX}.{kind}",
        registration.trainee,
        about=registration,
        dedupe_key=f"{PREFIX}.registration:{registration.pk}:{kind}",
    )


def emails_of_kind(kind):
    """Outbox rows of one registration e-mail kind, for every registration."""
    from core.models import OutgoingEmail

    return OutgoingEmail.objects.filter(
        kind=f"{PREFIX}.{NoticeKind(kind).value}", about_type=Registration._meta.label_lower
    )


def notice_context(registration):
    cohort = registration.cohort
    return {
        "registration": registration,
        "trainee": registration.trainee,
        "cohort": cohort,
        "programme": cohort.programme_page(),
        "position": registration.waitlist_position(),
        "dashboard_url": f"{settings.WAGTAILADMIN_BASE_URL}/{registration.trainee.preferred_language}/account/",
    }


def render_registration_email(email):
    """(subject, text body) of an outbox e-mail about a registration, in the trainee's language."""
    registration = Registration.objects.select_related("trainee", "cohort").get(pk=email.about_id)
    kind = email.kind.removeprefix(f"{PREFIX}.")
    with override(registration.trainee.preferred_language or settings.LANGUAGE_CODE):
        context = notice_context(registration)
        subject = render_to_string(f"training/email/{kind}_subject.txt", context).strip()
        body = render_to_string(f"training/email/{kind}.txt", context)
    return outbox.RenderedEmail(subject, body)
