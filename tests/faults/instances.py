"""Throwaway PostgreSQL and Elasticsearch instances that fault tests may stop and restart at will.

The shared services on 5432 and 9200 are never touched: each fault-test session starts its own
PostgreSQL cluster (Debian's binaries, a temporary data folder, a free port) and its own
Elasticsearch node (a second node from the integ-test-zip `.ci/services.sh` unpacked, with its own
data and log folders and ports). Both refuse to run as root, so as root they run as an unprivileged
system user (`postgres` for PostgreSQL, `dalat-es` for Elasticsearch, as `.ci/services.sh` does);
a normal user runs them as themselves.
"""

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("FAULTS_PG_BIN", "/usr/lib/postgresql/15/bin"))
ES_VERSION = os.environ.get("ES_VERSION", "8.19.3")
ES_USER = "dalat-es"


class ServiceUnavailable(Exception):
    """A throwaway instance cannot be had on this machine (binaries or user missing); the message says why."""


def free_port():
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def is_root():
    return os.geteuid() == 0


def _user_exists(name):
    return subprocess.run(["id", name], capture_output=True, check=False).returncode == 0  # noqa: S603, S607


def as_user(user, command):
    """`command` run as `user` when we are root (the services refuse root), as ourselves otherwise."""
    return ["runuser", "-u", user, "--", *command] if is_root() else command


def private_dir(prefix, owner):
    """A new temporary folder the service user owns (readable only by it and root)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if is_root():
        shutil.chown(path, user=owner, group=owner_group(owner))
    return path


def owner_group(user):
    import grp
    import pwd

    return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name


def _run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # noqa: S603
    if result.returncode:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


class PrivatePostgres:
    """A PostgreSQL cluster in a temporary folder on a free port; trust logins on 127.0.0.1 only."""

    def __init__(self):
        if not (PG_BIN / "initdb").exists():
            raise ServiceUnavailable(f"PostgreSQL binaries not found in {PG_BIN} (apt-get install postgresql-15)")
        self.user = "postgres" if _user_exists("postgres") else ES_USER
        if is_root() and not _user_exists(self.user):
            raise ServiceUnavailable("no unprivileged user (postgres or dalat-es) to run PostgreSQL as")
        self.port = free_port()
        self.folder = private_dir("dalat-faults-pg-", self.user if is_root() else None)
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"

    def _pg(self, tool, *args):
        return _run(as_user(self.user, [str(PG_BIN / tool), *args]))

    def start(self):
        if not self.data.exists():
            self._pg("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off -c full_page_writes=off"
        self._pg("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", options)

    def restart(self):
        """A fast restart, as an operator would do it: open connections are cut, then it starts again."""
        # -l again: without it the new server would write its log to our pipe and never close it.
        self._pg("pg_ctl", "restart", "-w", "-t", "60", "-m", "fast", "-D", str(self.data), "-l", str(self.log))

    def stop(self):
        self._pg("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.data))

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres") as connection:
            connection.autocommit = True
            connection.execute(f'CREATE DATABASE "{name}"')

    def dump(self, database, path):
        """Save `database` (schema and rows) to `path` in pg_dump's custom format."""
        _run([str(PG_BIN / "pg_dump"), "-Fc", "-f", str(path), self.url(database)])

    def restore(self, path, database):
        _run([str(PG_BIN / "pg_restore"), "--no-owner", "-d", self.url(database), str(path)])

    def cleanup(self):
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def es_home():
    """Where `.ci/services.sh` unpacked Elasticsearch (its SERVICES_DIR, or the fallback it uses as root)."""
    services = Path(os.environ.get("SERVICES_DIR", ROOT / "var" / "services"))
    fallback = Path("/var/lib/dalat-services") / hashlib.md5(str(ROOT).encode()).hexdigest()[:12]  # noqa: S324
    for folder in (services, fallback):
        home = folder / f"elasticsearch-{ES_VERSION}"
        if (home / "bin" / "elasticsearch").exists():
            return home
    raise ServiceUnavailable(f"Elasticsearch {ES_VERSION} is not unpacked (run `make services` first)")


def java_home():
    if os.environ.get("ES_JAVA_HOME"):
        return os.environ["ES_JAVA_HOME"]
    java = shutil.which("java")
    if not java:
        raise ServiceUnavailable("no java on the PATH (apt-get install openjdk-17-jre-headless)")
    return str(Path(java).resolve().parents[1])


class PrivateElasticsearch:
    """A second single-node Elasticsearch from the shared unpacked distribution, with its own folders and ports."""

    def __init__(self):
        self.home = es_home()
        self.java = java_home()
        if is_root() and not _user_exists(ES_USER):
            raise ServiceUnavailable(f"user {ES_USER} is missing (run `make services` first)")
        self.user = ES_USER
        self.port = free_port()
        self.transport_port = free_port()
        self.folder = private_dir("dalat-faults-es-", self.user if is_root() else None)
        self.pidfile = self.folder / "elasticsearch.pid"
        self.launcher = None
        self.last_answer = "none yet"

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    heap = "256m"

    def node_settings(self):
        """What makes this node itself (a single node here; tests/cluster joins two)."""
        return {"cluster.name": "dalat-faults", "node.name": "faults-1", "discovery.type": "single-node"}

    def start(self):
        """Launch the node in the background; `wait_until_healthy()` waits for it."""
        settings = {
            **self.node_settings(),
            "network.host": "127.0.0.1",
            "http.port": self.port,
            "transport.port": self.transport_port,
            "path.data": self.folder / "data",
            "path.logs": self.folder / "logs",
            "xpack.security.enabled": "false",
            "cluster.routing.allocation.disk.threshold_enabled": "false",
            "action.destructive_requires_name": "false",
        }
        command = [str(self.home / "bin" / "elasticsearch"), "-d", "-p", str(self.pidfile)]
        command += [f"-E{key}={value}" for key, value in settings.items()]
        env = {**os.environ, "ES_JAVA_HOME": self.java, "ES_JAVA_OPTS": f"-Xms{self.heap} -Xmx{self.heap}"}
        with open(self.folder / "launch.log", "ab") as output:
            self.launcher = subprocess.Popen(  # noqa: S603
                as_user(self.user, command), env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=output
            )

    def healthy(self):
        try:
            # A node just booted on a loaded machine can take seconds to answer: a slow answer still counts.
            response = requests.get(f"{self.url}/_cluster/health", params={"timeout": "1s"}, timeout=10)
        except requests.RequestException as error:
            self.last_answer = repr(error)
            return False
        self.last_answer = f"{response.status_code} {response.text[:300]}"
        return response.ok and response.json().get("status") in {"green", "yellow"}

    def wait_until_healthy(self, timeout=180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.healthy():
                return
            if self.launcher and self.launcher.poll() not in (None, 0):
                break
            time.sleep(0.5)
        raise RuntimeError(
            f"private Elasticsearch on port {self.port} did not become healthy; its last answer: "
            f"{self.last_answer}\n{self.log_tail()}"
        )

    def log_tail(self, lines=30):
        """The launcher's output, then the node's own log (named after its cluster, after `-d` detaches)."""
        cluster_log = self.folder / "logs" / f"{self.node_settings()['cluster.name']}.log"
        texts = []
        for path in (self.folder / "launch.log", cluster_log):
            if path.exists():
                texts.append(f"--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:]))
        return "\n".join(texts)

    def stop(self, timeout=60):
        """SIGTERM the node, as `.ci/services.sh stop` does, and wait until the process is gone."""
        if self.launcher:
            try:
                self.launcher.wait(timeout=timeout)
            except subprocess.TimeoutExpired:  # a launcher still waiting for its node to start
                self.launcher.kill()
                self.launcher.wait()
        if not self.pidfile.exists():
            return
        pid = int(self.pidfile.read_text().strip())
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)

    def wipe(self):
        """A stopped node forgets its data, logs and pid file, to start again as new in the same folder."""
        for folder in ("data", "logs"):
            shutil.rmtree(self.folder / folder, ignore_errors=True)
        for path in (self.folder / "launch.log", self.pidfile):
            path.unlink(missing_ok=True)
        self.launcher = None
        self.last_answer = "none yet"

    def cleanup(self):
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
