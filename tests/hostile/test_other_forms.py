"""The remaining public forms: the language switcher and the request to delete one's data."""

from urllib.parse import urlsplit

import pytest
from hypothesis import example, given, settings

from investors.applications.models import DeletionRequest
from tests.factories.accounts import UserFactory

from .checks import assert_in_language, assert_kept, assert_no_server_error
from .strategies import hostile_text, hostile_value

pytestmark = pytest.mark.django_db
HOSTILE = settings.get_profile("hostile")


@settings(HOSTILE)
@given(language_code=hostile_value, next_url=hostile_text)
@example(language_code="en", next_url="//evil.example/")
@example(language_code="vi\x00", next_url="https://evil.example/vi/")
@example(language_code=["en", "vi"], next_url="/\\evil.example")
def test_language_switcher_never_fails_nor_leaves_the_site(client, world, language_code, next_url):
    response = client.post("/i18n/setlang/", {"language": language_code, "next": next_url})
    assert_no_server_error(response, (language_code, next_url))
    if response.status_code in (301, 302):
        target = urlsplit(response["Location"].replace("\\", "/"))
        assert not target.netloc or target.netloc == "testserver", response["Location"]


@settings(HOSTILE)
@given(reason=hostile_text, confirm=hostile_value)
@example(reason="\x00", confirm="on")
@example(reason="x" * 10_050, confirm="on")
@example(reason="Tôi không dùng nữa.", confirm="")
def test_deletion_request_is_only_recorded_when_valid_and_confirmed(client, world, language, reason, confirm):
    user = UserFactory()
    client.force_login(user)
    response = client.post(f"{language.prefix}apply/delete-my-data/", {"reason": reason, "confirm": confirm})
    assert_no_server_error(response, (reason, confirm))
    if response.status_code == 302:
        assert DeletionRequest.objects.filter(user=user).count() == 1
        return
    assert response.status_code == 200
    assert not DeletionRequest.objects.filter(user=user).exists()
    assert_in_language(response, language, reason)
    if "\r" not in reason and len(reason) <= 2000:
        assert_kept(response, reason)
