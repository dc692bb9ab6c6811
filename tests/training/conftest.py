"""Fixtures for the training tests: a programme in both languages and answers to register with."""

import pytest

from tests.factories.training import programme as make_programme
from training.services import RegistrationAnswers


@pytest.fixture
def programme(site_tree):
    """(page_vi, page_en) of one programme."""
    return make_programme(site_tree)


@pytest.fixture
def answers():
    return RegistrationAnswers(
        education="Cử nhân CNTT", current_job="Sinh viên", motivation="Muốn trở thành lập trình viên web."
    )
