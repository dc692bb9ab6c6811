from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RatingsConfig(AppConfig):
    """Satisfaction ratings: after a service (a decided application, a completed course) its user is asked
    once to rate it 1–5; the results per service and month are a transparency metric (docs/ratings.md)."""

    name = "ratings"
    verbose_name = _("Satisfaction ratings")

    def ready(self):
        from core import outbox
        from core.seeding import register_step

        from .demo.seeding import seed_ratings
        from .emails import render_rating_request
        from .models import EmailKind
        from .personal_data import register as register_personal_data
        from .slots import register_slots

        outbox.register_renderer("ratings", render_rating_request, labels=EmailKind)
        register_slots()
        register_personal_data()
        register_step("ratings", seed_ratings, order=90)
