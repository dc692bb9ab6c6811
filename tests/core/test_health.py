"""Liveness and readiness endpoints for operators and load balancers."""

from unittest import mock

import pytest


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_readyz_reports_database_and_search_backend(client, settings):
    settings.ELASTICSEARCH_URL = None
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "search": {"backend": "database", "status": "ok"}}


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_down(client, settings):
    settings.ELASTICSEARCH_URL = None
    with mock.patch("core.health.connection") as broken:
        broken.cursor.side_effect = OSError("connection refused")
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.django_db
def test_readyz_reports_every_registered_check_and_only_required_ones_make_it_unready(client, settings):
    from core import health

    settings.ELASTICSEARCH_URL = None

    def broken_mail():
        raise OSError("smtp down")

    health.register_check("mail", broken_mail)
    try:
        degraded = client.get("/readyz")
        health.register_check("mail", broken_mail, required=True)
        unready = client.get("/readyz")
    finally:
        health._checks.pop("mail")
    assert degraded.status_code == 200
    assert degraded.json()["mail"] == "unavailable"
    assert degraded.json()["status"] == "ok"
    assert unready.status_code == 503
    assert unready.json()["status"] == "unavailable"
