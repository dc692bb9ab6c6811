"""What the land app contributes to site search: every published parcel not retired and every published
office unit, once per language."""

from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.bilingual import in_language
from core.search_registry import SearchDocument, SearchProvider, SectionProvider, is_public, register
from core.search_text import join

from .models import Building, LandIndexPage, LandUse, OfficeIndexPage, Parcel, ParcelStatus, Unit, Zone


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


class UnitProvider(SearchProvider):
    """Office units and desks: code, building, kind, fit-out, area and price, with their summary."""

    name = "unit"
    kind = "unit"
    kind_label = Unit._meta.verbose_name
    model = Unit
    facet_labels = {"zone": zone_labels, "parcel_status": status_labels}
    ranking = 21

    def live_objects(self):
        return Unit.objects.public().select_related("building", "building__zone")

    def get_object(self, key):
        return Unit.objects.select_related("building", "building__zone").filter(pk=key).first()

    def is_live(self, unit):
        return unit.live and unit.building.live

    def watches(self):
        return [
            (Building, lambda building: Unit.objects.filter(building=building)),
            (OfficeIndexPage, lambda page: Unit.objects.all()),
        ]

    def documents(self, unit):
        documents = []
        for language, _name in settings.LANGUAGES:
            index = OfficeIndexPage.for_language(language)
            if is_public(index):
                with translation.override(language):
                    documents.append(self.document(unit, language, index))
        return documents

    def document(self, unit, language, index):
        building = unit.building
        kind = unit.get_kind_display()
        return SearchDocument(
            language=language,
            title=f"{capfirst(Unit._meta.verbose_name)} {unit.code} – {kind}",
            url=index.unit_url(unit.code),
            summary=in_language(unit, "summary", language),
            body=in_language(building, "description", language),
            code=unit.code,
            keywords=join(
                building.code,
                in_language(building, "name", language),
                kind,
                unit.get_fit_out_display(),
                unit.get_status_display(),
                str(_("office space desks coworking incubator")),
            ),  # fmt: skip
            zone=building.zone.code,
            parcel_status=unit.status,
            area=unit.area_m2,
            price=unit.price_usd_m2_month if unit.price_usd_m2_month is not None else unit.desk_price_usd_month,
        )


register(UnitProvider())


class OfficeSectionProvider(SectionProvider):
    """The office page: where "office", "văn phòng" and "co-working" lead."""

    name = "office_section"
    kind_label = _("section")
    model = OfficeIndexPage
    summary_field = "intro"
    keywords = _("office space rent desks coworking incubator")


register(OfficeSectionProvider())
