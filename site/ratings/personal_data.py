"""Ratings' part of a person's data export and erasure (registered with accounts.personal_data).

Export: every rating request with its score and comment. Erasure never waits for a rating; it removes
the comments (free text may name people) and keeps the scores, which count in the published figures
without saying who gave them.
"""

from accounts import personal_data as registry

from .models import Rating


def _iso(value):
    return value.isoformat() if value is not None else None


def export(user):
    """Every rating asked of the person, answered or not."""
    return {
        "ratings": [
            {
                "service": rating.service,
                "subject": rating.subject_label,
                "month": _iso(rating.month),
                "asked_at": _iso(rating.asked_at),
                "score": rating.score,
                "comment": rating.comment,
                "answered_at": _iso(rating.answered_at),
            }
            for rating in Rating.objects.filter(person=user).order_by("asked_at", "pk")
        ]
    }


def open_items(user):
    return []


def erase(user):
    """Remove the person's comments; scores stay in the figures, no longer tied to anyone named."""
    Rating.objects.filter(person=user).update(comment="")


def register():
    registry.register(registry.Provider(name="ratings", export=export, open_items=open_items, erase=erase, order=90))
