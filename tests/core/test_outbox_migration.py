"""Application and training e-mail notices made before the one outbox existed survive the move into it:
every row, with its status, attempts, last error and dates; the failed ones are retried by the outbox.

Runs on whichever database the suite uses; CI runs it on PostgreSQL and again on SQLite.
"""

import datetime

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import pytest

from core import outbox
from core.models import EmailStatus, OutgoingEmail
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory
from tests.factories.training import CohortFactory, RegistrationFactory
from tests.factories.training import programme as make_programme

BEFORE = [
    ("applications", "0012_merge_20261129_1621"),
    ("training", "0005_verification_per_visitor_and_day"),
    ("core", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor.loader


@pytest.mark.django_db(transaction=True)
def test_notices_made_before_the_outbox_survive_the_move_and_failed_ones_go_out(site_tree, mailoutbox):
    application = ApplicationFactory(reference="DLSP-2026-0007")
    cohort = CohortFactory.for_programme(make_programme(site_tree)[0])
    registration = RegistrationFactory(cohort=cohort)
    officer = UserFactory()
    sent_at = timezone.now() - datetime.timedelta(days=3)
    try:
        loader = migrate(BEFORE)
        old = loader.project_state(BEFORE[:2]).apps
        ApplicationNotice = old.get_model("applications", "EmailNotice")
        TrainingNotice = old.get_model("training", "EmailNotice")
        ApplicationNotice.objects.create(
            application_id=application.pk,
            recipient_id=application.applicant_id,
            kind="submitted",
            status="sent",
            attempts=1,
            sent_at=sent_at,
        )
        ApplicationNotice.objects.create(
            application_id=application.pk,
            recipient_id=officer.pk,
            kind="new_work",
            status="failed",
            attempts=2,
            last_error="SMTP down",
        )
        ApplicationNotice.objects.create(
            application_id=None, recipient_id=officer.pk, kind="officer_digest", status="sent", files=[application.pk]
        )
        TrainingNotice.objects.create(registration_id=registration.pk, kind="confirmed", status="pending")
    finally:
        migrate(None)  # forward again, whatever happened: later tests need the current schema

    moved = {email.kind: email for email in OutgoingEmail.objects.all()}
    assert set(moved) == {
        "applications.submitted",
        "applications.new_work",
        "applications.officer_digest",
        "training.confirmed",
    }
    digest = moved["applications.officer_digest"]
    assert (digest.about_id, digest.payload) == (None, {"files": [application.pk]}), "a digest keeps its files"
    submitted = moved["applications.submitted"]
    assert (submitted.status, submitted.attempts, submitted.sent_at) == (EmailStatus.SENT, 1, sent_at)
    assert (submitted.about_type, submitted.about_id) == ("applications.investmentapplication", application.pk)
    failed = moved["applications.new_work"]
    assert (failed.status, failed.attempts, failed.last_error) == (EmailStatus.FAILED, 2, "SMTP down")
    confirmed = moved["training.confirmed"]
    assert confirmed.recipient_id == registration.trainee_id and confirmed.about_id == registration.pk
    assert confirmed.dedupe_key == f"training.registration:{registration.pk}:confirmed"

    assert outbox.resend() == (2, 0), "the failed and the pending e-mails go out, rendered by their apps"
    subjects = sorted(message.subject for message in mailoutbox)
    assert len(subjects) == 2 and any("DLSP-2026-0007" in subject for subject in subjects)
