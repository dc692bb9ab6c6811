"""Builders of rated services: a decided application and an assessed course, through the real services."""

import re
import uuid
from urllib.parse import urlparse

from django.core import mail
from django.core.cache import cache
from django.test import TestCase

import pytest

from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, move
from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory
from training import services as training_services


@pytest.fixture(autouse=True)
def empty_cache():
    """Transparency figures are cached; each test starts without them."""
    cache.clear()
    yield
    cache.clear()


def sent_after_commit():
    """Run what waits for the commit (the outbox hands e-mails over then) when the block ends."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def decided_application(language="en", decision="approve", **applicant_fields):
    applicant = UserFactory(preferred_language=language, **applicant_fields)
    with sent_after_commit():
        return move(ApplicationFactory(applicant=applicant), "submit", "start_screening", "start_appraisal", decision)


def assessed_cohort(attended=2, absent=1):
    """A course of two sessions: `attended` trainees came to both, `absent` to none; then it is assessed."""
    cohort = CohortFactory(programme_key=uuid.uuid4())
    sessions = SessionFactory.create_batch(2, cohort=cohort)
    present = RegistrationFactory.create_batch(attended, cohort=cohort)
    missing = RegistrationFactory.create_batch(absent, cohort=cohort)
    for session in sessions:
        training_services.record_attendance(session, [registration.pk for registration in present], None)
    with sent_after_commit():
        training_services.complete_cohort(cohort.pk)
    return cohort, present, missing


def rating_mails(address):
    return [message for message in mail.outbox if message.to == [address] and "/rate/" in message.body]


def link_in(message):
    """The path of the rating link in an e-mail (/en/rate/<token>/)."""
    url = re.search(r"https?://\S+/rate/\S+/", message.body).group(0)
    return urlparse(url).path
