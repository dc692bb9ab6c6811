"""Certificate verifications: every view of the public verify page is logged, and counted on the transparency page."""

import logging

from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory
from training.models import CertificateVerification
from training.services import issue_certificates, revoke_certificate
from transparency import registry

TABLE = CertificateVerification._meta.db_table


@pytest.fixture
def certificate(programme):
    cohort = CohortFactory.for_programme(programme[0], code="WEB-03")
    RegistrationFactory(cohort=cohort, status="completed", trainee=TraineeFactory(full_name="Phạm Minh Khoa"))
    return issue_certificates(cohort.pk)[0]


def logged():
    return list(CertificateVerification.objects.order_by("pk").values_list("certificate_id", "code", "outcome"))


def test_viewing_a_valid_certificate_records_a_valid_verification(client, certificate):
    response = client.get(f"/en/certificates/{certificate.code.lower()}/")
    assert response.status_code == 200
    assert logged() == [(certificate.pk, certificate.code, "valid")]


def test_viewing_a_revoked_certificate_records_a_revoked_verification(client, certificate):
    revoke_certificate(certificate.pk, None, "Hồ sơ không hợp lệ")
    assert client.get(f"/vi/certificates/{certificate.code}/").status_code == 200
    client.get(f"/en/certificates/{certificate.code}/")  # the same visitor the same day: counted once
    assert logged() == [(certificate.pk, certificate.code, "revoked")]


def test_an_unknown_code_is_recorded_in_capitals_and_cut_to_the_length_of_a_code(client, certificate):
    assert client.get("/en/certificates/nosuchcode/").status_code == 404
    junk = "x" * 500
    assert client.get(f"/en/certificates/{junk}/").status_code == 404
    assert logged() == [(None, "NOSUCHCODE", "unknown"), (None, "X" * 32, "unknown")]


def test_no_personal_data_of_the_visitor_is_kept():
    fields = {field.name for field in CertificateVerification._meta.get_fields()}
    assert fields == {"id", "certificate", "code", "outcome", "verified_at", "day", "visitor"}  # visitor: a hash


def refuse_logging(execute, sql, params, many, context):
    if sql.lstrip().upper().startswith("INSERT") and TABLE in sql:
        raise DatabaseError("disk full")
    return execute(sql, params, many, context)


def test_the_page_still_shows_the_certificate_when_logging_fails(client, certificate, caplog):
    with caplog.at_level(logging.ERROR, logger="training.services"), connection.execute_wrapper(refuse_logging):
        response = client.get(f"/en/certificates/{certificate.code}/")
    assert response.status_code == 200
    assert "Phạm Minh Khoa" in response.content.decode()
    assert "WEB-03" in response.content.decode()
    assert f"Could not record the verification of certificate code {certificate.code}" in caplog.messages
    assert logged() == []


def test_an_unknown_code_still_gets_its_page_when_logging_fails(client, site_tree):
    with connection.execute_wrapper(refuse_logging):
        response = client.get("/en/certificates/ABCDEFGHJKMNPQ/")
    assert response.status_code == 404
    assert "Unknown certificate" in response.content.decode()


def at(year, month=6):
    return timezone.make_aware(timezone.datetime(year, month, 15, 10))


def verifications(certificate, outcome, year, count):
    CertificateVerification.objects.bulk_create(
        CertificateVerification(
            certificate=None if outcome == "unknown" else certificate,
            code=certificate.code if outcome != "unknown" else "UNKNOWN",
            outcome=outcome,
            verified_at=at(year),
        )
        for _index in range(count)
    )


def metric():
    with translation.override("en"):
        metric = registry.get("training.verifications")
        measure = metric.compute()
        return measure, [(point.period, point.value) for point in metric.series()], str(metric.label)


@pytest.mark.django_db
def test_the_metric_is_zero_without_verifications():
    measure, series, label = metric()
    assert label == "Certificate verifications"
    assert measure.value == 0
    assert [(row.label, row.values["count"]) for row in measure.rows] == [
        ("Valid", 0),
        ("Revoked", 0),
        ("Unknown codes", 0),
    ]
    assert series == []


def test_the_metric_counts_verifications_that_found_a_certificate_by_outcome_and_year(certificate):
    verifications(certificate, "valid", 2025, 3)
    verifications(certificate, "revoked", 2025, 1)
    verifications(certificate, "valid", 2026, 2)
    verifications(certificate, "unknown", 2026, 4)
    measure, series, _label = metric()
    assert measure.value == 6
    assert [(row.label, row.values["count"]) for row in measure.rows] == [
        ("Valid", 5),
        ("Revoked", 1),
        ("Unknown codes", 4),
    ]
    assert series == [("2025", 4), ("2026", 2)]


def test_the_metric_reads_the_same_number_of_queries_for_few_or_many_verifications(certificate):
    verifications(certificate, "valid", 2025, 2)
    with CaptureQueriesContext(connection) as few:
        metric()
    verifications(certificate, "revoked", 2024, 60)
    verifications(certificate, "unknown", 2026, 60)
    with CaptureQueriesContext(connection) as many:
        assert metric()[0].value == 62
    assert len(many) == len(few) == 2
