"""land.services: status changes with permission checks and a log, and the read functions."""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.utils import timezone, translation

import pytest

from land import services
from land.models import ParcelStatus, ParcelStatusChange
from tests.factories.accounts import UserFactory
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("action", "start", "end"),
    [
        ("reserve", ParcelStatus.AVAILABLE, ParcelStatus.RESERVED),
        ("lease", ParcelStatus.RESERVED, ParcelStatus.LEASED),
        ("lease", ParcelStatus.AVAILABLE, ParcelStatus.LEASED),
        ("release", ParcelStatus.RESERVED, ParcelStatus.AVAILABLE),
        ("release", ParcelStatus.LEASED, ParcelStatus.AVAILABLE),
        ("open", ParcelStatus.NOT_OPEN, ParcelStatus.AVAILABLE),
    ],
)
def test_each_allowed_change_moves_the_status_and_logs_who_and_why(land_officer, action, start, end):
    parcel = ParcelFactory(status=start)
    getattr(services, action)(parcel.code.lower(), actor=land_officer, reason="Quyết định 12/QĐ", reference="APP-7")
    parcel.refresh_from_db()
    assert parcel.status == end
    entry = ParcelStatusChange.objects.get(parcel=parcel)
    assert (entry.from_status, entry.to_status, entry.actor, entry.reason, entry.reference) == (
        start,
        end,
        land_officer,
        "Quyết định 12/QĐ",
        "APP-7",
    )
    assert entry.created_at is not None


@pytest.mark.parametrize(
    ("action", "start"),
    [
        ("reserve", "reserved"),
        ("reserve", "leased"),
        ("open", "available"),
        ("release", "available"),
        ("lease", "leased"),
    ],
)
def test_a_change_the_status_does_not_allow_is_refused_and_not_logged(land_officer, action, start):
    parcel = ParcelFactory(status=start)
    with pytest.raises(services.InvalidTransition, match=parcel.code):
        getattr(services, action)(parcel.code, actor=land_officer, reason="x")
    parcel.refresh_from_db()
    assert parcel.status == start
    assert not ParcelStatusChange.objects.exists()


def test_an_editor_may_not_change_status(editor):
    parcel = ParcelFactory()
    with pytest.raises(PermissionDenied):
        services.reserve(parcel.code, actor=editor, reason="x")
    parcel.refresh_from_db()
    assert parcel.status == ParcelStatus.AVAILABLE


@pytest.mark.parametrize("actor", [None, "investor"])
def test_no_one_without_the_permission_may_change_status(actor):
    parcel = ParcelFactory()
    user = UserFactory() if actor else None
    with pytest.raises(PermissionDenied):
        services.reserve(parcel.code, actor=user, reason="x")


def test_a_reason_is_required(land_officer):
    parcel = ParcelFactory()
    with translation.override("en"), pytest.raises(services.InvalidTransition, match="reason"):
        services.reserve(parcel.code, actor=land_officer, reason="   ")


def test_an_unknown_code_is_reported(land_officer):
    with pytest.raises(services.ParcelNotFound, match="Z-99"):
        services.reserve("z-99", actor=land_officer, reason="x")


def test_lease_terms_describe_a_published_parcel(land_pages):
    ParcelFactory(zone=ZoneFactory(code="B"), code="B-7", area_m2=Decimal("4200.5"), lease_price_usd=Decimal("2.75"))
    terms = services.parcel_lease_terms("b-7")
    assert terms == services.ParcelTerms(
        code="B-7",
        zone_code="B",
        land_use="software_office",
        status="available",
        area_m2=Decimal("4200.5"),
        lease_price_usd=Decimal("2.75"),
        max_lease_term_years=50,
    )
    assert terms.detail_url("en") == "/en/land/b-7/"
    assert terms.detail_url("vi") == "/vi/quy-dat/b-7/"


def test_lease_terms_are_none_for_unknown_or_unpublished_parcels():
    ParcelFactory(code="A-1", live=False)
    assert services.parcel_lease_terms("A-1") is None
    assert services.parcel_lease_terms("nonsense") is None


def test_reference_price_is_the_median_of_available_and_reserved_parcels():
    assert services.reference_lease_price_usd() is None
    for price, status in [
        ("2", "available"),
        ("3", "reserved"),
        ("10", "available"),
        ("99", "leased"),
        ("50", "not_open"),
    ]:
        ParcelFactory(lease_price_usd=Decimal(price), status=status)
    assert services.reference_lease_price_usd() == Decimal("3.00")


def test_parcel_choices_list_codes_with_labels_in_the_active_language():
    ParcelFactory(code="A-10", area_m2=Decimal("12000"))
    ParcelFactory(code="A-2")
    ParcelFactory(code="A-3", status="leased")
    with translation.override("en"):
        choices = services.parcel_choices()
    assert [code for code, _label in choices] == ["A-2", "A-10"]
    assert choices[1][1] == "A-10 – Software & R&D office, 12,000 m²"
    assert [code for code, _ in services.parcel_choices(statuses=("leased",))] == ["A-3"]
    assert "Văn phòng" in services.parcel_choices(language="vi")[0][1]


def test_a_lease_without_a_contract_reference_logs_an_empty_reference(land_officer):
    ParcelFactory(code="A-3", status=ParcelStatus.RESERVED)
    services.lease("A-3", actor=land_officer, reason="Lease signed.")
    change = ParcelStatusChange.objects.get(parcel_code="A-3")
    assert (change.to_status, change.reference) == (ParcelStatus.LEASED, "")


def test_lease_terms_link_to_no_page_while_the_land_pages_are_missing():
    ParcelFactory(code="C-2")
    assert services.parcel_lease_terms("C-2").detail_url("en") is None


def test_the_offer_of_parcels_lists_those_on_offer_in_code_order_written_in_the_readers_language(land_pages):
    zone = ZoneFactory(code="A", name_vi="Khu A – Văn phòng", name_en="Zone A – Offices")
    ParcelFactory(zone=zone, code="A-10", area_m2=Decimal("6572.5"), lease_price_usd=Decimal("2.84"))
    ParcelFactory(zone=zone, code="A-2", area_m2=Decimal("1200"), lease_price_usd=Decimal("3"))
    ParcelFactory(zone=zone, code="A-3", status="leased")
    ParcelFactory(zone=zone, code="A-4", live=False)

    english = services.parcel_offers(language="en")
    assert english.parcels == [
        services.ParcelOffer(
            code="A-2",
            zone="Zone A – Offices",
            land_use="Software & R&D office",
            area="1,200 m²",
            lease_price="3.00 USD/m²/year",
            url="/en/land/a-2/",
        ),
        services.ParcelOffer(
            code="A-10",
            zone="Zone A – Offices",
            land_use="Software & R&D office",
            area="6,573 m²",
            lease_price="2.84 USD/m²/year",
            url="/en/land/a-10/",
        ),
    ]
    # The plan draws every published parcel; those not on offer are faded, unpublished ones absent.
    drawn = {shape.code: shape for shape in english.plan.parcels}
    assert set(drawn) == {"A-2", "A-3", "A-10"}
    assert "faded" in drawn["A-3"].css_class and "faded" not in drawn["A-2"].css_class
    assert drawn["A-2"].href == "/en/land/a-2/"

    vietnamese = services.parcel_offers(language="vi")
    assert [(offer.zone, offer.area, offer.lease_price, offer.url) for offer in vietnamese.parcels] == [
        ("Khu A – Văn phòng", "1.200 m²", "3,00 USD/m²/năm", "/vi/quy-dat/a-2/"),
        ("Khu A – Văn phòng", "6.573 m²", "2,84 USD/m²/năm", "/vi/quy-dat/a-10/"),
    ]
    leased = services.parcel_offers(statuses=("leased", "reserved"), language="en")
    assert [offer.code for offer in leased.parcels] == ["A-3"]


def test_the_offer_of_parcels_has_no_links_while_the_land_pages_are_missing():
    ParcelFactory(code="A-2")
    with translation.override("en"):
        offers = services.parcel_offers()
    assert [(offer.code, offer.url) for offer in offers.parcels] == [("A-2", "")]
    assert offers.parcels[0].lease_price.endswith("USD/m²/year")


# Messages and records an officer or a visitor reads (each added from a surviving mutant, docs/testing.md).


def test_a_refused_change_says_the_parcels_status_and_the_step_asked_in_the_readers_language(land_officer):
    ParcelFactory(code="A-1", status=ParcelStatus.RESERVED)
    with translation.override("en"), pytest.raises(services.InvalidTransition) as refused:
        services.reserve("A-1", actor=land_officer, reason="x")
    assert str(refused.value) == "Parcel A-1 is Reserved; it cannot be reserved."
    with translation.override("vi"), pytest.raises(services.InvalidTransition) as refused:
        services.reserve("A-1", actor=land_officer, reason="x")
    assert str(refused.value) == "Lô A-1 đang ở tình trạng “Đã giữ chỗ” nên không thể giữ chỗ."


def test_an_unknown_action_is_refused_by_its_name(land_officer):
    parcel = ParcelFactory()
    with translation.override("en"), pytest.raises(services.InvalidTransition, match="Unknown action “sell”"):
        services.change_status(parcel.code, "sell", actor=land_officer, reason="x")
    assert not ParcelStatusChange.objects.exists()


def test_reserving_or_extending_logs_the_reference_given_and_none_when_none_is_given(land_officer):
    ParcelFactory(code="A-1")
    services.reserve("A-1", actor=land_officer, reason="Held for a file.")
    last_day = timezone.localdate() + datetime.timedelta(days=90)
    services.extend("A-1", actor=land_officer, reason="Appraisal takes longer.", until=last_day, reference="DLSP-9")
    first, second = ParcelStatusChange.objects.filter(parcel_code="A-1").order_by("pk")
    assert (first.reference, second.reference, second.reserved_until) == ("", "DLSP-9", last_day)


def test_retiring_an_unknown_parcel_or_without_permission_says_why(land_officer, editor):
    with translation.override("en"):
        with pytest.raises(services.ParcelNotFound) as missing:
            services.retire("z-9", actor=land_officer, reason="Re-surveyed.")
        with pytest.raises(PermissionDenied) as refused:
            services.retire("z-9", actor=editor, reason="Re-surveyed.")
    assert str(missing.value) == "There is no parcel Z-9."
    assert str(refused.value) == "You are not allowed to retire parcels."


def test_a_hold_is_refused_with_the_reason_a_visitor_reads(land_officer):
    ParcelFactory(code="A-1")
    ParcelFactory(code="A-2", status=ParcelStatus.LEASED)
    now = timezone.now()
    with translation.override("en"):
        with pytest.raises(services.HoldRefused, match="^Parcels cannot be held at the moment.$"):
            services.place_hold("A-1", reference="visit:1", holder="An", days=0)  # staff set no hold days
        with pytest.raises(services.ParcelNotFound) as missing:
            services.place_hold("z-9", reference="visit:1", holder="An", days=3)
        with pytest.raises(services.HoldRefused) as leased:
            services.place_hold("A-2", reference="visit:1", holder="An", days=3)
        services.place_hold("A-1", reference="visit:1", holder="An", days=3, now=now)
        with pytest.raises(services.HoldRefused) as held:
            services.place_hold("a-1", reference="visit:2", holder="Bình", days=3)
    assert str(missing.value) == "There is no parcel Z-9."
    assert str(leased.value) == "Parcel A-2 is leased, so it cannot be held."
    until = timezone.localtime(now + datetime.timedelta(days=3)).strftime("%d/%m/%Y")
    assert str(held.value) == f"Parcel A-1 is already held for another visit until {until}."


def test_a_retired_parcel_no_longer_shows_among_the_reservations_ending(land_officer):
    soon = timezone.localdate() + datetime.timedelta(days=2)
    ParcelFactory(code="A-1")
    ParcelFactory(code="A-2")
    for code in ("A-1", "A-2"):
        services.reserve(code, actor=land_officer, reason="Held for a file.", until=soon)
    services.retire("A-2", actor=land_officer, reason="Re-surveyed.")
    assert [parcel.code for parcel in services.reservations_ending(within_days=14)] == ["A-1"]


def test_the_offer_of_office_units_is_written_in_the_language_asked_with_its_page(office_pages):
    from tests.factories.land import BuildingFactory, UnitFactory

    UnitFactory(building=BuildingFactory(code="T1"), code="T1-201")
    UnitFactory(building=BuildingFactory(code="T1"), code="T1-301", status="leased")
    with translation.override("en"):
        english, vietnamese = services.unit_offers(), services.unit_offers(language="vi")
    assert [(offer.code, offer.kind, offer.price, offer.url) for offer in english] == [
        ("T1-201", "Office unit", "10.00 USD/m²/month + 2.00 service charge", "/en/offices/t1-201/")
    ]
    assert [(offer.code, offer.kind, offer.price, offer.url) for offer in vietnamese] == [
        ("T1-201", "Văn phòng riêng", "10,00 USD/m²/tháng + 2,00 phí dịch vụ", "/vi/van-phong/t1-201/")
    ]
    assert english[0].yearly_cost_usd == services.unit_cost("t1-201").yearly_cost_usd > 0


# Added from surviving mutants of a second sample of land.services (docs/testing.md, "Mutation testing").
def test_retiring_without_a_reason_is_refused_in_words(land_officer):
    ParcelFactory(code="A-1")
    with translation.override("en"), pytest.raises(services.InvalidTransition) as refused:
        services.retire("A-1", actor=land_officer, reason="   ")
    assert str(refused.value) == "Give a reason for retiring the parcel."


def test_the_parcels_history_keeps_why_it_was_retired_and_its_status_then(land_officer):
    from wagtail.models import ModelLogEntry

    ParcelFactory(code="A-1")
    services.retire("a-1", actor=land_officer, reason="Re-surveyed.")
    entry = ModelLogEntry.objects.get(action=services.RETIRE_LOG_ACTION)
    assert (entry.user, entry.data) == (land_officer, {"reason": "Re-surveyed.", "status": "available"})


def test_a_parcels_lease_terms_cost_one_query(django_assert_num_queries):
    ParcelFactory(code="A-1", zone=ZoneFactory(code="A"))
    with django_assert_num_queries(1):
        terms = services.parcel_lease_terms("a-1")
    assert (terms.code, terms.zone_code) == ("A-1", "A")


def test_the_wizards_plan_outlines_the_published_zones_only():
    ParcelFactory(code="A-1", zone=ZoneFactory(code="A"))
    ZoneFactory(code="B", live=False)
    plan = services.parcel_offers(language="en").plan
    assert [zone.code for zone in plan.zones] == ["A"]


def test_unit_choices_follow_the_active_language_when_none_is_asked():
    from tests.factories.land import BuildingFactory, UnitFactory

    UnitFactory(building=BuildingFactory(code="T1"), code="T1-201")
    with translation.override("vi"):
        ((code, label),) = services.unit_choices()
    assert code == "T1-201"
    assert "tầng 2" in label and "floor" not in label


def test_a_hold_whose_time_ran_out_gives_way_to_a_new_one_and_is_recorded_as_expired():
    from land.models import HoldEnd, ParcelHold

    ParcelFactory(code="A-1")
    now = timezone.now()
    services.place_hold("A-1", reference="visit:1", holder="An", days=3, now=now - datetime.timedelta(days=5))
    services.place_hold("A-1", reference="visit:2", holder="Bình", days=3, now=now)  # the scheduler has not run
    old, new = ParcelHold.objects.order_by("pk")
    assert (old.ended_at, old.end_reason) == (now, HoldEnd.EXPIRED)
    assert (new.reference, new.ended_at) == ("visit:2", None)


def test_cancelling_one_visit_releases_its_holds_and_no_one_elses():
    from land.models import HoldEnd, ParcelHold

    ParcelFactory(code="A-1")
    ParcelFactory(code="A-2")
    services.place_hold("A-1", reference="visit:1", holder="An", days=3)
    services.place_hold("A-2", reference="visit:2", holder="Bình", days=3)
    assert services.release_holds("visit:1") == 1
    ended = dict(ParcelHold.objects.values_list("reference", "end_reason"))
    assert ended == {"visit:1": HoldEnd.RELEASED, "visit:2": ""}
