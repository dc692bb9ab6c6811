"""Certificates: unguessable codes, public verification (valid, revoked, unknown), printable page with QR."""

import re

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, SessionFactory, TraineeFactory
from training.services import (
    CERTIFICATE_ALPHABET,
    TrainingError,
    issue_certificates,
    revoke_certificate,
)


@pytest.fixture
def certificate(programme):
    cohort = CohortFactory.for_programme(programme[0], code="DATA-07")
    registration = RegistrationFactory(cohort=cohort, status="completed", trainee=TraineeFactory(full_name="Lê Thu Hà"))
    return issue_certificates(cohort.pk)[0], registration


def test_codes_are_long_unambiguous_and_unique(programme):
    cohort = CohortFactory.for_programme(programme[0], seats=60)
    RegistrationFactory.create_batch(50, cohort=cohort, status="completed")
    codes = [certificate.code for certificate in issue_certificates(cohort.pk)]
    assert len(set(codes)) == 50
    for code in codes:
        assert len(code) >= 12
        assert set(code) <= set(CERTIFICATE_ALPHABET)
        assert not set(code) & set("0O1IL")


def test_certificates_go_only_to_completers_and_only_once(programme):
    cohort = CohortFactory.for_programme(programme[0], seats=5)
    completer = RegistrationFactory(cohort=cohort, status="completed")
    RegistrationFactory(cohort=cohort, status="no_show")
    RegistrationFactory(cohort=cohort, status="confirmed")
    assert [certificate.registration for certificate in issue_certificates(cohort.pk)] == [completer]
    assert issue_certificates(cohort.pk) == []


def test_the_verification_page_shows_a_valid_certificate_without_private_data(client, certificate):
    certificate, registration = certificate
    response = client.get(f"/en/certificates/{certificate.code}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Valid" in content
    assert "Lê Thu Hà" in content
    assert "Software engineering" in content
    assert "DATA-07" in content
    assert registration.trainee.email not in content
    assert registration.motivation not in content


def test_a_revoked_certificate_is_shown_as_revoked_with_its_date(client, certificate):
    certificate, _registration = certificate
    revoke_certificate(certificate.pk, None, "Khai sai hồ sơ")
    content = client.get(f"/vi/certificates/{certificate.code}/").content.decode()
    assert "Đã thu hồi" in content
    assert "bị thu hồi ngày" in content
    assert "Khai sai hồ sơ" not in content


def test_revocation_needs_a_reason(certificate):
    with pytest.raises(TrainingError):
        revoke_certificate(certificate[0].pk, None, "  ")


def test_an_unknown_code_is_not_found(client, certificate):
    response = client.get("/en/certificates/ABCDEFGHJKMNPQ/")
    assert response.status_code == 404
    assert "Unknown certificate" in response.content.decode()


def test_a_typed_code_with_spaces_and_lowercase_finds_the_certificate(client, certificate):
    code = certificate[0].code
    response = client.get("/en/certificates/", {"code": f" {code[:5].lower()} {code[5:]} "})
    assert response.status_code == 302
    assert response["Location"] == f"/en/certificates/{code}/"


def test_the_holder_prints_the_certificate_with_a_qr_code_to_the_english_verification_page(client, certificate):
    certificate, registration = certificate
    client.force_login(registration.trainee)
    content = client.get(f"/en/certificates/{certificate.code}/print/").content.decode()
    assert re.search(r"<svg[^>]*>.*<path", content, re.S)
    assert f"http://testserver/en/certificates/{certificate.code}/" in content
    assert "Certificate of completion" in content


def test_another_user_and_anonymous_cannot_open_the_printable_certificate(client, certificate):
    url = f"/en/certificates/{certificate[0].code}/print/"
    assert client.get(url).status_code == 404
    client.force_login(TraineeFactory())
    assert client.get(url).status_code == 404


def test_the_dashboard_links_the_certificate_and_shows_attendance(client, programme):
    cohort = CohortFactory.for_programme(programme[0])
    registration = RegistrationFactory(cohort=cohort, status="completed")
    sessions = SessionFactory.create_batch(4, cohort=cohort)
    from training.services import record_attendance

    for session in sessions[:3]:
        record_attendance(session, [registration.pk], None)
    certificate = issue_certificates(cohort.pk)[0]
    client.force_login(registration.trainee)
    content = client.get("/en/account/").content.decode()
    assert f"/en/certificates/{certificate.code}/print/" in content
    assert "75%" in content


def test_revoking_is_recorded_once_with_who_and_why_in_the_log(certificate, caplog):
    import logging

    from tests.factories.accounts import StaffFactory

    certificate, _registration = certificate
    coordinator = StaffFactory()
    with caplog.at_level(logging.INFO, logger="training.services"):
        revoked = revoke_certificate(certificate.pk, coordinator, "  Khai sai hồ sơ  ")
    assert (revoked.revoked_by, revoked.revocation_reason) == (coordinator, "Khai sai hồ sơ")
    assert f"Certificate {certificate.pk} revoked by user {coordinator.pk}" in caplog.messages
    from django.utils import translation

    with translation.override("en"), pytest.raises(TrainingError, match="^This certificate is already revoked.$"):
        revoke_certificate(certificate.pk, coordinator, "Again")
