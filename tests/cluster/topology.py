"""The cluster test's processes on this one machine: Redis, a two-node Elasticsearch cluster, two
gunicorn hosts, two task workers and the scheduler. Each is private (free ports, temporary folders);
the shared services on 5432, 6379 and 9200 are never touched."""

import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import requests

from tests.faults.instances import ES_USER, PrivateElasticsearch, free_port, private_dir
from tests.faults.livesite import LiveSite

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "tests.cluster.site_settings"


class PrivateRedis:
    """redis-server on a free port, without persistence."""

    def __init__(self):
        self.binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="dalat-cluster-redis-"))
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"]
        command += ["--dir", str(self.folder)]
        self.process = subprocess.Popen(  # noqa: S603
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        import redis

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if redis.Redis(port=self.port).ping():
                    return
            except redis.RedisError:
                time.sleep(0.2)
        raise RuntimeError("private Redis did not answer")

    def cleanup(self):
        stop(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)


class ClusterNode(PrivateElasticsearch):
    """One node of a two-node cluster: both master-eligible data nodes, discovering each other."""

    def __init__(self, name, transport_ports):
        super().__init__()
        self.name = name
        self.transport_ports = transport_ports

    heap = "320m"

    def node_settings(self):
        return {
            "cluster.name": "dalat-cluster",
            "node.name": self.name,
            "discovery.seed_hosts": ",".join(f"127.0.0.1:{port}" for port in self.transport_ports),
            "cluster.initial_master_nodes": "cluster-1,cluster-2",
        }

    def is_master(self):
        answer = requests.get(f"{self.url}/_cat/master", params={"h": "node"}, timeout=5)
        return answer.text.strip() == self.name


def two_node_cluster():
    first, second = ClusterNode("cluster-1", []), ClusterNode("cluster-2", [])
    ports = [first.transport_port, second.transport_port]
    first.transport_ports = second.transport_ports = ports
    return first, second


def unhealthy_node(nodes, timeout):
    """None when every node answers healthy within `timeout`; otherwise what the first that did not last
    answered, with every node's log."""
    for node in nodes:
        try:
            node.wait_until_healthy(timeout=timeout)
        except RuntimeError as error:
            others = "\n".join(f"=== {other.name}\n{other.log_tail()}" for other in nodes if other is not node)
            return f"{node.name}: {error}\n{others}"
    return None


def wait_for_cluster(nodes, timeout, attempts=2):
    """Every node answers its health endpoint as green or yellow.

    Two JVMs bootstrapping one cluster together have, once in a full CI run, never answered healthy
    although both logged "started" (not seen in dozens of runs of the cluster step alone). So a pair
    that is not healthy after `timeout` is stopped, wiped and started again on the same ports (the hosts
    already know them) with a warning that carries the first pair's answers and logs; the error after
    the last attempt carries them too."""
    for attempt in range(1, attempts + 1):
        failure = unhealthy_node(nodes, timeout)
        if failure is None:
            return
        if attempt == attempts:
            raise RuntimeError(failure)
        warnings.warn(f"Elasticsearch pair, attempt {attempt} of {attempts}, started again: {failure}", stacklevel=2)
        for node in nodes:
            node.stop()
        for node in nodes:
            node.wipe()
            node.start()


def cluster_health(url, status="green", timeout=120):
    answer = requests.get(
        f"{url}/_cluster/health", params={"wait_for_status": status, "timeout": f"{timeout}s"}, timeout=timeout + 10
    )
    return answer.json()


class Host(LiveSite):
    """One app host: gunicorn with production settings in its own working folder, on its own port."""

    def __init__(self, folder, shared, database_url, elasticsearch_url, redis_url, mail_port):
        super().__init__(folder, database_url, elasticsearch_url, mail_port)
        self.env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            SECRET_KEY="cluster-test-" + "k" * 60,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1",
            REDIS_URL=redis_url,
            ELASTICSEARCH_INDEX_PREFIX="cluster",
            MEDIA_ROOT=str(Path(shared) / "media"),
            PRIVATE_MEDIA_ROOT=str(Path(shared) / "private"),
            SECURE_SSL_REDIRECT="0",
        )

    def start(self, timeout=90):
        """gunicorn, run from the host's own folder (the code is found through PYTHONPATH)."""
        command = [sys.executable, "-m", "gunicorn", "config.wsgi:application", f"--bind=127.0.0.1:{self.port}"]
        command += ["--workers=2", "--worker-class=gthread", "--threads=4", "--timeout=60", "--access-logfile=-"]
        with open(self.log, "ab") as output:
            self.server = subprocess.Popen(  # noqa: S603
                command, cwd=self.folder, env=self.env, stdin=subprocess.DEVNULL, stdout=output, stderr=output
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.server.poll() is None:
            try:
                if requests.get(self.url("/healthz"), timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"host on port {self.port} did not answer:\n{self.log_tail()}")

    def background(self, name, *args):
        """A long-running `manage.py` process of this host (a task worker, the scheduler)."""
        log = open(self.folder / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=self.folder,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        process.log_file = log
        return process


def stop(process, timeout=20):
    """SIGTERM, then SIGKILL after `timeout`; no-op for a process that already ended."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


__all__ = ["ES_USER", "Host", "PrivateRedis", "cluster_health", "private_dir", "stop", "two_node_cluster"]
