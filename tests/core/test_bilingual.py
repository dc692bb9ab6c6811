"""Paired `*_vi` / `*_en` fields read in the visitor's language, the same way on every record."""

import uuid
from types import SimpleNamespace

from django.utils import translation

import pytest

from core.bilingual import in_active_language, in_language
from tests.factories.land import ZoneFactory
from tests.factories.training import CohortFactory

RECORD = SimpleNamespace(name_vi="Khu A", name_en="Zone A", notes_vi="Gần hồ", notes_en="")


@pytest.mark.parametrize(
    ("language", "name", "notes"),
    [("vi", "Khu A", "Gần hồ"), ("en", "Zone A", "Gần hồ"), ("en-gb", "Zone A", "Gần hồ"), ("fr", "Khu A", "Gần hồ")],
)
def test_a_pair_reads_in_the_active_language_and_an_empty_translation_falls_back_to_vietnamese(language, name, notes):
    with translation.override(language):
        assert in_active_language(RECORD, "name") == name
        assert in_active_language(RECORD, "notes") == notes


def test_a_pair_can_be_read_in_a_language_other_than_the_active_one():
    with translation.override("vi"):
        assert in_language(RECORD, "name", "en") == "Zone A"
        assert in_language(RECORD, "notes", "en") == "Gần hồ"


@pytest.mark.django_db
def test_zones_and_cohorts_speak_the_visitors_language():
    zone = ZoneFactory(name_vi="Khu trung tâm", name_en="Central zone")
    cohort = CohortFactory(programme_key=uuid.uuid4(), place_vi="Hội trường", place_en="")
    with translation.override("en"):
        assert (zone.name, cohort.place) == ("Central zone", "Hội trường")
    with translation.override("vi"):
        assert (zone.name, cohort.place) == ("Khu trung tâm", "Hội trường")
