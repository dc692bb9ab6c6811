"""Asking for and recording satisfaction ratings: the only code that creates or answers a Rating.

The apps that deliver a service call `ask_for_rating` inside the transaction that ends it (a decision,
a course's assessment). The request e-mail goes through core's outbox after the commit, and at most
once: the rating row is unique per person and subject, and only the call that creates it queues mail.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from core import outbox

from .models import EmailKind, Rating

logger = logging.getLogger(__name__)

TOKEN_SALT = "ratings.answer"  # noqa: S105 - a namespace for signatures, not a secret


def link_max_age():
    """Seconds an e-mailed rating link stays valid (RATINGS_LINK_MAX_AGE_DAYS, default 90 days)."""
    return getattr(settings, "RATINGS_LINK_MAX_AGE_DAYS", 90) * 24 * 3600


def month_of(moment):
    """The first day of the local month of a datetime (or date)."""
    day = timezone.localdate(moment) if isinstance(moment, datetime.datetime) else moment
    return day.replace(day=1)


def ask_for_rating(person, service, subject, label, ended_at=None):
    """Ask `person` once to rate `service` for `subject` (the decided application, the cohort): create
    the rating request and queue its e-mail. Asking again for the same subject changes nothing and
    returns the existing request. Call it inside the transaction that ends the service."""
    subject_type = ContentType.objects.get_for_model(subject)
    existing = Rating.objects.filter(
        person=person, service=service, subject_type=subject_type, subject_id=subject.pk
    ).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():  # a savepoint: a concurrent ask for the same subject loses quietly
            rating = Rating.objects.create(
                person=person,
                service=service,
                subject_type=subject_type,
                subject_id=subject.pk,
                subject_label=str(label)[:120],
                month=month_of(ended_at or timezone.now()),
            )
    except IntegrityError:
        return Rating.objects.get(person=person, service=service, subject_type=subject_type, subject_id=subject.pk)
    outbox.queue_email(f"ratings.{EmailKind.REQUEST}", person, about=rating, dedupe_key=f"ratings.request:{rating.pk}")
    logger.info("Rating of %s %s requested from user %s", service, subject.pk, person.pk)
    return rating


def token_for(rating):
    """The signed part of a rating link: names the rating and its person, cannot be altered."""
    return signing.dumps([rating.pk, rating.person_id], salt=TOKEN_SALT, compress=True)


class LinkExpired(Exception):
    """A genuine rating link older than `link_max_age()`."""


def rating_from_token(token):
    """The Rating a link names, or None when the token is not one we signed (or names no rating).
    Raises LinkExpired for a genuine link that is too old."""
    try:
        rating_id, person_id = signing.loads(token, salt=TOKEN_SALT, max_age=link_max_age())
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return Rating.objects.select_related("person").filter(pk=rating_id, person_id=person_id).first()


class AlreadyAnswered(Exception):
    """The rating was answered before; a rating is given once."""


def answer_rating(rating_id, person, score, comment=""):
    """Record `person`'s score (1–5) and optional comment. One conditional UPDATE, so two answers sent at
    the same moment record one; the second raises AlreadyAnswered."""
    score = int(score)
    if score not in range(1, 6):
        raise ValueError("score must be between 1 and 5")
    updated = Rating.objects.filter(pk=rating_id, person=person, answered_at__isnull=True).update(
        score=score, comment=(comment or "").strip(), answered_at=timezone.now()
    )
    if not updated:
        raise AlreadyAnswered
    logger.info("Rating %s answered by user %s", rating_id, person.pk)


def pending_for(person):
    """The person's rating requests not answered yet, oldest first."""
    return Rating.objects.filter(person=person, answered_at__isnull=True).order_by("asked_at", "pk")
