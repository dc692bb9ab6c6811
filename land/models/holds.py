"""Short holds on available parcels, placed for booked site visits (land.services.place_hold)."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class HoldEnd(models.TextChoices):
    EXPIRED = "expired", _("Expired")
    RELEASED = "released", _("Released (visit cancelled)")
    SUPERSEDED = "superseded", _("Ended: parcel reserved or leased")


class ParcelHoldQuerySet(models.QuerySet):
    def active(self, now=None):
        """Holds not ended and not yet past their expiry."""
        return self.filter(ended_at__isnull=True, expires_at__gt=now or timezone.now())


class ParcelHold(models.Model):
    """An available parcel kept for a visitor for a few days after booking a site visit.

    While a hold lasts no other hold can be placed on the parcel. It ends when it expires (the
    scheduler's `land-expire-holds` job records it), when its visit is cancelled, or when staff reserve
    or lease the parcel (a reservation always wins). Placed and ended only through land.services,
    under the parcel's row lock, so holds and status changes never cross."""

    parcel = models.ForeignKey("land.Parcel", on_delete=models.CASCADE, related_name="holds", verbose_name=_("parcel"))
    reference = models.CharField(_("reference"), max_length=64, db_index=True, help_text=_("What placed the hold."))
    holder = models.CharField(_("held for"), max_length=200)
    created_at = models.DateTimeField(_("placed at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    end_reason = models.CharField(_("ended because"), max_length=12, choices=HoldEnd.choices, blank=True)

    objects = ParcelHoldQuerySet.as_manager()

    class Meta:
        verbose_name = _("parcel hold")
        verbose_name_plural = _("parcel holds")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One open hold per parcel, whatever the timing of two requests (the row lock is the first guard).
            models.UniqueConstraint(
                fields=["parcel"], condition=Q(ended_at__isnull=True), name="one_open_hold_per_parcel"
            )
        ]

    def __str__(self):
        return f"{self.parcel_id}: {self.holder}"
