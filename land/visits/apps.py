from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    """Site visits: visiting slots staff publish, bookings for chosen parcels and office units, holds, and
    enquiries from parcel pages and the contact page."""

    name = "land.visits"
    label = "visits"
    verbose_name = _("Site visits")

    def ready(self):
        from datetime import timedelta

        from core import outbox, scheduler
        from core.seeding import register_step

        from .demo.seeding import seed_visits
        from .emails import render_visit_email
        from .models import EmailKind
        from .services import expire_unverified

        outbox.register_renderer("visits", render_visit_email, labels=EmailKind)
        scheduler.register_job("visits-expire-unverified", expire_unverified, every=timedelta(minutes=15))
        register_step("visits", seed_visits, order=25)
        from core import slots

        from .slots import contact_enquiry_form, parcel_visit_links, unit_visit_link

        slots.register(
            "parcel_actions",
            slots.SlotProvider(
                key="visit", template="visits/slots/parcel_visit.html", get_context=parcel_visit_links, order=20
            ),
        )
        slots.register(
            "unit_actions",
            slots.SlotProvider(
                key="visit", template="visits/slots/unit_visit.html", get_context=unit_visit_link, order=20
            ),
        )
        slots.register(
            "contact_enquiry",
            slots.SlotProvider(
                key="enquiry", template="visits/slots/contact_enquiry.html", get_context=contact_enquiry_form
            ),
        )
