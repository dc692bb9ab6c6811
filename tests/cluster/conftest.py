"""The cluster: PostgreSQL, Redis, two Elasticsearch nodes, two app hosts, two task workers and the
scheduler, started once for the cluster tests and stopped at the end even when a step fails.

Elasticsearch boots while the database is migrated and prepared. Missing binaries skip the tests
with the reason; with REQUIRE_SERVICES=1 (CI) they fail instead."""

import contextlib
import os
import time

import pytest

from tests.faults.instances import PrivatePostgres, ServiceUnavailable, free_port
from tests.faults.smtp import SmtpSink

from .topology import Host, PrivateRedis, cluster_health, stop, two_node_cluster, wait_for_cluster

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


class Cluster:
    """What the tests drive: `hosts` (A, B), `workers`, `scheduler`, `nodes` (Elasticsearch), `mail`,
    `editor` (a staff member with their authenticator app's secret, and a transparency target)."""


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    with contextlib.ExitStack() as cleanup:
        try:
            postgres = PrivatePostgres()
            nodes = two_node_cluster()
        except ServiceUnavailable as error:
            if REQUIRE_SERVICES:
                pytest.fail(f"REQUIRE_SERVICES=1 but {error}", pytrace=False)
            pytest.skip(str(error))
        for node in nodes:
            cleanup.callback(node.cleanup)
            node.start()
        cleanup.callback(postgres.cleanup)
        postgres.start()
        postgres.create_database("cluster")
        redis = PrivateRedis()
        cleanup.callback(redis.cleanup)
        redis.start()
        mail_port = free_port()
        mail = SmtpSink(mail_port)
        cleanup.callback(mail.close)

        shared = tmp_path_factory.mktemp("cluster-shared")
        hosts = [
            Host(
                tmp_path_factory.mktemp(f"cluster-host-{name}"),
                shared,
                database_url=postgres.url("cluster"),
                # Each host lists both nodes, in its own order (host B asks node 2 first).
                elasticsearch_url=",".join(node.url for node in (nodes if name == "a" else nodes[::-1])),
                redis_url=redis.url,
                mail_port=mail_port,
            )
            for name in ("a", "b")
        ]
        hosts[0].migrate(postgres, "cluster")
        wait_for_cluster(nodes, timeout=240)  # minutes on a busy 2-core machine: two JVMs boot at once
        health = cluster_health(nodes[0].url, "green", timeout=120)
        assert health["number_of_nodes"] == 2, health
        hosts[0].info = hosts[0].ctl("prepare", "--trainees", "12", "--applicants", "3")
        editor = hosts[0].ctl("prepare-editor")
        for host in hosts:
            cleanup.callback(host.stop)
            host.start()
        workers = [
            host.background(f"worker-{n}", "db_worker", "--interval", "0.2", "--no-startup-delay", "--no-reload")
            for n, host in enumerate(hosts)
        ]
        for process in workers:
            cleanup.callback(stop, process)
        scheduler = hosts[1].background("scheduler", "run_scheduled_jobs", "--loop", "--interval", "1")
        cleanup.callback(stop, scheduler)

        topology = Cluster()
        topology.hosts, topology.nodes, topology.workers, topology.scheduler = hosts, nodes, workers, scheduler
        topology.mail, topology.redis, topology.postgres = mail, redis, postgres
        topology.info = hosts[0].info
        topology.editor = editor
        topology.started = time.monotonic()
        yield topology
