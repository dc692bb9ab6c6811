"""Session fixtures for the fault tests: throwaway PostgreSQL and Elasticsearch, and the live site on them.

One private Elasticsearch node and one PostgreSQL cluster per session (Elasticsearch takes the longest
to start, so it is launched first and boots while the database is migrated). When the binaries are
missing the tests skip with the reason; with REQUIRE_SERVICES=1 (CI) they fail instead.
"""

import os

import pytest

from .instances import PrivateElasticsearch, PrivatePostgres, ServiceUnavailable, free_port
from .livesite import LiveSite

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
TRAINEES = 12
APPLICANTS = 4


def _unavailable(reason):
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def elasticsearch_node():
    """A single-node Elasticsearch the tests may stop and start (never the shared one on 9200), or the
    reason there is none: the site then runs on database search and only the Elasticsearch test is lost."""
    try:
        node = PrivateElasticsearch()
    except ServiceUnavailable as error:
        yield str(error)
        return
    node.start()
    yield node
    node.cleanup()


@pytest.fixture(scope="session")
def private_elasticsearch(elasticsearch_node, live_site):
    if isinstance(elasticsearch_node, str):
        _unavailable(elasticsearch_node)
    return elasticsearch_node


@pytest.fixture(scope="session")
def private_postgres():
    """A PostgreSQL cluster the tests may restart (never the shared one on 5432), with a `faults` database."""
    try:
        cluster = PrivatePostgres()
    except ServiceUnavailable as error:
        _unavailable(str(error))
    cluster.start()
    cluster.create_database("faults")
    yield cluster
    cluster.cleanup()


@pytest.fixture(scope="session")
def live_site(elasticsearch_node, private_postgres, tmp_path_factory):
    """gunicorn serving the migrated site with a programme, parcels, people and a full search index.

    E-mail goes over SMTP to a port where nothing listens until a test starts its SMTP sink there.
    `live_site.info` is what `sitectl prepare` returned (people with their sessions, URLs, codes).
    """
    node = None if isinstance(elasticsearch_node, str) else elasticsearch_node
    site = LiveSite(
        tmp_path_factory.mktemp("faults-site"),
        database_url=private_postgres.url("faults"),
        elasticsearch_url=node.url if node else "",
        mail_port=free_port(),
    )
    site.migrate(private_postgres, "faults")
    if node:
        node.wait_until_healthy()
    site.info = site.ctl("prepare", "--trainees", str(TRAINEES), "--applicants", str(APPLICANTS))
    site.start()
    yield site
    site.stop()
