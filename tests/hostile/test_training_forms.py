"""Registration for a cohort and its cancellation under hostile input: never a server error, errors in the
page's language, what was typed kept, and no registration created or cancelled from invalid input."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.factories.training import RegistrationFactory, TraineeFactory
from training.models import Registration

from .checks import assert_in_language, assert_kept, assert_no_server_error
from .strategies import hostile_text

pytestmark = pytest.mark.django_db
HOSTILE = settings.get_profile("hostile")

answers = st.fixed_dictionaries({"education": hostile_text, "current_job": hostile_text, "motivation": hostile_text})


def _register_url(world, language):
    page = world["web"][0 if language.code == "vi" else 1]
    return f"{page.url}register/{world['cohort'].code}/"


def _valid(data):
    motivation, texts = data["motivation"].strip(), [data["education"].strip(), data["current_job"].strip()]
    no_nul = not any("\x00" in value for value in data.values())
    return no_nul and all(0 < len(text) <= 200 for text in texts) and 30 <= len(motivation) <= 2000


@settings(HOSTILE)
@given(data=answers)
@example(data={"education": "\x00", "current_job": "Sinh viên", "motivation": "ngắn"})
@example(data={"education": "x" * 10_050, "current_job": "<script>", "motivation": "\u202e" * 40})
def test_registration_refuses_hostile_answers_and_keeps_them(client, world, language, data):
    client.force_login(TraineeFactory())
    before = Registration.objects.count()
    response = client.post(_register_url(world, language), data)
    assert_no_server_error(response, data)
    if response.status_code == 302:
        assert _valid(data), f"accepted invalid answers {data!r:.300}"
        assert Registration.objects.count() == before + 1
        return
    assert response.status_code == 200
    assert Registration.objects.count() == before
    assert_in_language(response, language, data)
    for value in data.values():
        if "\r" not in value and len(value) <= 2000:
            assert_kept(response, value)


@settings(HOSTILE)
@given(reason=hostile_text)
@example(reason="\x00")
@example(reason="x" * 10_050)
def test_cancellation_refuses_a_hostile_reason_and_keeps_the_seat(client, world, language, reason):
    registration = RegistrationFactory(cohort=world["cohort"])
    client.force_login(registration.trainee)
    response = client.post(f"{language.prefix}registrations/{registration.pk}/cancel/", {"reason": reason})
    assert_no_server_error(response, reason)
    registration.refresh_from_db()
    if response.status_code == 302:
        assert registration.status == "cancelled"
        return
    assert response.status_code == 200
    assert registration.status == "confirmed"
    assert_in_language(response, language, reason)


@settings(HOSTILE)
@given(pk=st.one_of(st.integers(min_value=-(2**70), max_value=2**70), hostile_text))
@example(pk=2**63)
def test_cancelling_an_unknown_registration_is_a_not_found(client, world, language, pk):
    from urllib.parse import quote

    client.force_login(TraineeFactory())
    response = client.post(f"{language.prefix}registrations/{quote(str(pk), safe='')}/cancel/", {"reason": ""})
    assert_no_server_error(response, pk)
    assert response.status_code == 404
