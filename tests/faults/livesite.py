"""The real site under test: gunicorn (2 workers, threads) on a free port, on the throwaway services.

Everything an operator would run against it goes through its own processes with the site's
environment: `manage()` for management commands, `ctl()` for tests/faults/sitectl.py.
"""

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from .instances import free_port

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "tests.faults.site_settings"
SCHEMA_CACHE = ROOT / "var" / "faults-cache"


def migrations_fingerprint():
    """Changes whenever a migration of the project or a pinned package (Wagtail's, Django's…) changes."""
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    folders = [folder for folder in ROOT.iterdir() if folder.is_dir() and folder.name not in {".venv", ".git", "var"}]
    for path in sorted(path for folder in folders for path in folder.glob("**/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


class LiveSite:
    """One gunicorn master with its workers, and the environment every command about the site shares."""

    def __init__(self, folder, database_url, elasticsearch_url, mail_port):
        self.folder = Path(folder)
        self.port = free_port()
        self.mail_port = mail_port
        self.elasticsearch_url = elasticsearch_url
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": database_url,
            "ELASTICSEARCH_URL": elasticsearch_url,
            "ELASTICSEARCH_INDEX_PREFIX": "faults",
            "EMAIL_URL": f"smtp://127.0.0.1:{mail_port}",
            "FAULTS_MEDIA_ROOT": str(self.folder),
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
        }
        self.server = None
        self.log = self.folder / "gunicorn.log"

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def manage(self, *args, check=True, timeout=600):
        """`python manage.py <args>` for this site; returns the completed process (stdout and stderr as text)."""
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def migrate(self, postgres, database):
        """Migrate the empty database, or load the result of an identical earlier migration (a dump kept in
        var/faults-cache/ under a fingerprint of every migration file and the lock file)."""
        dump = SCHEMA_CACHE / f"schema-{migrations_fingerprint()}.dump"
        if dump.exists():
            postgres.restore(dump, database)
            return
        self.manage("migrate", "--no-input", "-v", "0")
        SCHEMA_CACHE.mkdir(parents=True, exist_ok=True)
        partial = dump.with_suffix(f".{os.getpid()}.partial")
        postgres.dump(database, partial)
        partial.replace(dump)

    def ctl(self, *args, timeout=600):
        """Run a tests/faults/sitectl.py command for this site and return the JSON it prints."""
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "tests.faults.sitectl", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"sitectl {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def start(self, timeout=90):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            "--workers=2",
            "--worker-class=gthread",
            "--threads=4",
            "--timeout=60",
            "--preload",  # one settings import, so both workers share the media folders
            "--access-logfile=-",
        ]
        with open(self.log, "ab") as output:
            self.server = subprocess.Popen(  # noqa: S603
                command, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=output, stderr=output
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                break
            try:
                if requests.get(self.url("/healthz"), timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer on port {self.port}:\n{self.log_tail()}")

    def log_tail(self, lines=40):
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:]) if self.log.exists() else ""

    def worker_pids(self):
        """The pids of gunicorn's workers now (a worker restarted by gunicorn gets a new pid)."""
        pids = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.server.pid:
                pids.add(int(entry.name))
        return pids

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
