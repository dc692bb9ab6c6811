"""A zone is named once: "Zone A – Offices", never "A – Zone A – Offices"."""

from django.utils import translation

import pytest

from tests.factories.land import ZoneFactory

pytestmark = pytest.mark.django_db


def test_a_zone_whose_name_carries_its_letter_is_not_prefixed_with_it_again():
    zone = ZoneFactory(code="A", name_vi="Khu A – Văn phòng", name_en="Zone A – Offices")
    with translation.override("en"):
        assert str(zone) == "Zone A – Offices"
    with translation.override("vi"):
        assert str(zone) == "Khu A – Văn phòng"


def test_a_zone_whose_name_lacks_its_letter_is_prefixed_with_it():
    zone = ZoneFactory(code="B", name_vi="Trung tâm dữ liệu", name_en="Data centres")
    with translation.override("en"):
        assert str(zone) == "B – Data centres"
