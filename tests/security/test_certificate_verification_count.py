"""The public "certificate verifications" figure counts distinct verifications, one per code, visitor and
day: reloading a certificate page cannot inflate it, and no visitor's address is ever stored."""

import datetime
import logging
import threading

from django.utils import timezone, translation

import pytest

from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory, programme
from training import services
from training.models import CertificateVerification
from training.services import issue_certificates
from transparency import registry

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


@pytest.fixture
def certificate(site_tree):
    page_vi, _page_en = programme(site_tree)
    cohort = CohortFactory.for_programme(page_vi, code="WEB-07")
    RegistrationFactory(cohort=cohort, status="completed", trainee=TraineeFactory(full_name="Trần Thị Mai"))
    return issue_certificates(cohort.pk)[0]


def public_figure():
    with translation.override("en"):
        measure = registry.get("training.verifications").compute()
    return measure.value, {row.label: row.values["count"] for row in measure.rows}


def view(client, code, address=ADDRESS, browser=BROWSER, language="en"):
    response = client.get(f"/{language}/certificates/{code}/", REMOTE_ADDR=address, HTTP_USER_AGENT=browser)
    assert response.status_code in (200, 404)
    return response


def test_reloading_a_certificate_page_counts_one_verification(client, certificate):
    for _reload in range(25):
        assert view(client, certificate.code).status_code == 200
    view(client, certificate.code.lower(), language="vi")  # the same code in the other language
    assert public_figure()[0] == 1


def test_different_visitors_each_count_once(client, certificate):
    view(client, certificate.code)
    view(client, certificate.code, address="198.51.100.4")
    view(client, certificate.code, browser="Mozilla/5.0 (iPhone) Safari/605.1")
    view(client, certificate.code, address="198.51.100.4")
    assert public_figure()[0] == 3


def test_a_signed_in_visitor_counts_once_from_any_address(client, certificate):
    client.force_login(TraineeFactory())
    for address in ("203.0.113.1", "203.0.113.2", "2001:db8::7"):
        view(client, certificate.code, address=address)
    assert public_figure()[0] == 1


def test_the_same_visitor_counts_again_on_another_day(certificate):
    identity = f"client:{ADDRESS}|{BROWSER}"
    today = timezone.now()
    for moment in (today, today + datetime.timedelta(minutes=5), today + datetime.timedelta(days=1)):
        services.record_verification(certificate.code, certificate, identity, now=moment)
    assert public_figure()[0] == 2


def test_unknown_codes_reloaded_count_once_in_the_breakdown(client, certificate):
    for _reload in range(10):
        assert view(client, "NOSUCHCODE2345").status_code == 404
    value, rows = public_figure()
    assert value == 0
    assert rows["Unknown codes"] == 1


def test_no_address_or_browser_is_stored_and_the_key_changes_every_day(client, certificate):
    view(client, certificate.code)
    identity = f"client:{ADDRESS}|{BROWSER}"
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    services.record_verification(certificate.code, certificate, identity, now=tomorrow)
    rows = list(CertificateVerification.objects.values())
    stored = " ".join(str(value) for row in rows for value in row.values())
    assert ADDRESS not in stored and "Firefox" not in stored and "203.0.113" not in stored
    assert len({row["visitor"] for row in rows}) == 2  # one visitor, two days: two unlinkable keys


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_views_by_one_visitor_count_once(certificate):
    from django.db import connection

    identity = f"client:{ADDRESS}|{BROWSER}"
    barrier = threading.Barrier(4)
    errors = []

    def view():
        try:
            barrier.wait(timeout=10)
            services.record_verification(certificate.code, certificate, identity)
        except Exception as error:  # reported below, from the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=view) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert public_figure()[0] == 1


def test_a_reload_the_same_day_is_no_error_in_the_operators_log(certificate, caplog):
    identity = f"client:{ADDRESS}|{BROWSER}"
    with caplog.at_level(logging.INFO, logger="training.services"):
        for _reload in range(3):
            services.record_verification(certificate.code, certificate, identity)
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []
    assert public_figure()[0] == 1
