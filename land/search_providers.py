"""What the land app contributes to site search: every published parcel not retired, once per language."""

from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.bilingual import in_language
from core.search_registry import SearchDocument, SearchProvider, SectionProvider, is_public, register
from core.search_text import join

from .models import LandIndexPage, LandUse, Parcel, ParcelStatus, Zone


def zone_labels():
    return {zone.code: zone.name for zone in Zone.objects.filter(live=True)}


def land_use_labels():
    return {value: str(label) for value, label in LandUse.choices}


def status_labels():
    return {value: str(label) for value, label in ParcelStatus.choices}


class ParcelProvider(SearchProvider):
    """Parcels: code, zone, land use, status, area and price, with their summary and notes."""

    name = "parcel"
    kind = "parcel"
    kind_label = Parcel._meta.verbose_name
    model = Parcel
    facet_labels = {"zone": zone_labels, "land_use": land_use_labels, "parcel_status": status_labels}
    ranking = 20

    def live_objects(self):
        return Parcel.objects.public().select_related("zone")

    def get_object(self, key):
        return Parcel.objects.select_related("zone").filter(pk=key).first()

    def is_live(self, parcel):
        return parcel.live and parcel.zone.live and not parcel.is_retired

    def watches(self):
        return [
            (Zone, lambda zone: Parcel.objects.filter(zone=zone)),
            (LandIndexPage, lambda page: Parcel.objects.all()),
        ]

    def documents(self, parcel):
        documents = []
        for language, _name in settings.LANGUAGES:
            index = LandIndexPage.for_language(language)
            if is_public(index):  # parcel pages live under the land page and share its restrictions
                with translation.override(language):
                    documents.append(self.document(parcel, language, index))
        return documents

    def document(self, parcel, language, index):
        zone = parcel.zone
        land_use = parcel.get_land_use_display()
        return SearchDocument(
            language=language,
            title=f"{capfirst(Parcel._meta.verbose_name)} {parcel.code} – {land_use}",
            url=index.parcel_url(parcel.code),
            summary=in_language(parcel, "summary", language),
            body=join(in_language(parcel, "notes", language), in_language(zone, "purpose", language)),
            code=parcel.code,
            keywords=join(zone.code, in_language(zone, "name", language), land_use, parcel.get_status_display()),
            zone=zone.code,
            land_use=parcel.land_use,
            parcel_status=parcel.status,
            area=parcel.area_m2,
            price=parcel.lease_price_usd,
        )


register(ParcelProvider())


class LandSectionProvider(SectionProvider):
    """The land page (parcel list and site plan): where "land", "đất" and "thuê đất" lead."""

    name = "land_section"
    kind_label = _("section")
    model = LandIndexPage
    summary_field = "intro"
    keywords = _("land parcels plots lease site plan")


register(LandSectionProvider())
