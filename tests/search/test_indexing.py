"""Publishing, unpublishing, saving and deleting content updates the index after the commit."""

import pytest

from search.models import SearchEntry
from tests.factories.land import ParcelFactory, ZoneFactory

pytestmark = pytest.mark.django_db


def entries_of(provider, key):
    return list(SearchEntry.objects.filter(provider=provider, object_key=str(key)).order_by("language"))


def test_a_saved_parcel_is_indexed_in_both_languages_after_commit(corpus, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        parcel = ParcelFactory(zone=ZoneFactory(code="C"), code="C-5", summary_vi="Lô đất ven hồ Tuyền Lâm.")

    entries = entries_of("parcel", parcel.pk)
    assert [entry.language for entry in entries] == ["en", "vi"]
    assert "tuyen lam" in entries[1].text_folded


def test_nothing_is_indexed_when_the_transaction_rolls_back(corpus, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        parcel = ParcelFactory(zone=ZoneFactory(code="D"), code="D-1")
    callbacks.clear()  # what a rollback does: the callbacks never run

    assert entries_of("parcel", parcel.pk) == []


def test_a_deleted_parcel_leaves_the_index(corpus, django_capture_on_commit_callbacks):
    parcel = corpus["parcels"]["A-3"]
    key = parcel.pk

    with django_capture_on_commit_callbacks(execute=True):
        parcel.delete()

    assert entries_of("parcel", key) == []


def test_an_unpublished_policy_leaves_the_index_and_a_republished_one_returns(
    corpus, django_capture_on_commit_callbacks
):
    page = corpus["policies"]["land"][1]
    page.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    gone = entries_of("policy", page.pk)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert gone == []
    assert [entry.title for entry in entries_of("policy", page.pk)] == ["Land rent exemption"]


def test_publishing_a_new_title_changes_what_search_finds(client, corpus, django_capture_on_commit_callbacks):
    page = corpus["policies"]["procedures"][1]
    page.title = "Paperless investment licensing"

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    response = client.get("/en/search/", {"q": "paperless"})
    assert [hit.url for hit in response.context["results"].hits] == [page.url]


def test_renaming_a_zone_reindexes_its_parcels(corpus, django_capture_on_commit_callbacks):
    zone = corpus["parcels"]["B-7"].zone
    zone.name_en = "Zone B – Cloud campus"

    with django_capture_on_commit_callbacks(execute=True):
        zone.save()

    entry = SearchEntry.objects.get(doc_id=f"parcel:{corpus['parcels']['B-7'].pk}:en")
    assert "cloud campus" in entry.text_folded


def test_seeding_twice_leaves_the_same_index(corpus):
    from core.seeding import SeedContext
    from search.demo.seeding import seed_search_index

    before = sorted(SearchEntry.objects.values_list("doc_id", flat=True))
    seed_search_index(SeedContext(log=lambda message: None))

    assert sorted(SearchEntry.objects.values_list("doc_id", flat=True)) == before
