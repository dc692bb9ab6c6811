"""Service-level messages are checked in English; pages pick their language from the URL or the user."""

from django.utils import translation

import pytest


@pytest.fixture(autouse=True)
def english_messages():
    with translation.override("en"):
        yield
