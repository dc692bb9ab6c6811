"""Staff searching pages in the admin find Vietnamese content typed without diacritics.

The admin's page search asks Wagtail's configured search backend; pages index a folded copy of their
title and lead (`core.search_text.FoldedSearchText`), so unaccented queries match accented pages.
"""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

pytestmark = pytest.mark.django_db


def titles(query):
    return [page.title for page in get_search_backend().search(query, Page)]


def test_the_admin_search_backend_finds_vietnamese_titles_typed_without_diacritics(corpus):
    assert "Miễn tiền thuê đất" in titles("mien tien thue dat")
    assert "Miễn tiền thuê đất" in titles("miễn tiền thuê đất")
    assert "Lập trình viên web" in titles("lap trinh vien")


def test_the_admin_finds_parcels_and_zones_typed_without_diacritics():
    from land.models import Parcel, Zone
    from tests.factories.land import ParcelFactory, ZoneFactory

    zone = ZoneFactory(code="Q", name_vi="Khu nghiên cứu và phát triển", name_en="Research zone")
    ParcelFactory(zone=zone, code="Q-1", summary_vi="Lô đất cho trung tâm dữ liệu xanh", summary_en="A data lot.")
    ParcelFactory(zone=zone, code="Q-2", summary_vi="Văn phòng phần mềm", summary_en="An office lot.")
    backend = get_search_backend()

    assert [parcel.code for parcel in backend.search("trung tam du lieu", Parcel)] == ["Q-1"]
    assert [parcel.code for parcel in backend.search("trung tâm dữ liệu", Parcel)] == ["Q-1"]
    assert [found.code for found in backend.search("nghien cuu phat trien", Zone)] == ["Q"]
