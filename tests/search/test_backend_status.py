"""/readyz tells operators which search backend answers, and the suite proves which services it ran on."""

import socket

from django.db import OperationalError, connection

import pytest


def _closed_port_url():
    """An http URL on a loopback port nothing listens on (bound then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.elasticsearch
def test_readyz_reports_elasticsearch_search_as_ok_when_the_cluster_answers(client, db):
    response = client.get("/readyz")

    body = response.json()
    assert response.status_code == 200
    assert body["search"]["backend"] == "elasticsearch"
    assert body["search"]["status"] == "ok"
    assert body["search"]["cluster"] in {"green", "yellow"}


def test_readyz_reports_search_degraded_but_stays_ready_when_elasticsearch_is_down(client, db, settings):
    settings.ELASTICSEARCH_URL = _closed_port_url()  # a new URL, so the cached client cannot be reused

    response = client.get("/readyz")

    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["search"] == {
        "backend": "elasticsearch",
        "status": "degraded",
        "elasticsearch": "unavailable",
        "fallback": "database",
    }


def test_readyz_reports_database_search_when_elasticsearch_is_not_configured(client, db, settings):
    settings.ELASTICSEARCH_URL = ""

    body = client.get("/readyz").json()

    assert body["search"] == {"backend": "database", "status": "ok"}


def test_readyz_answers_503_when_the_database_cannot_run_a_query(client, db):
    def refuse_every_query(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(refuse_every_query):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["database"] == "unavailable"


@pytest.mark.postgres
def test_the_suite_really_runs_on_postgresql(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('server_version_num')::int")
        (server_version,) = cursor.fetchone()

    assert connection.vendor == "postgresql"
    assert server_version >= 150000
