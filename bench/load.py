"""Load test: mixed anonymous traffic and a registration spike against gunicorn, then a static-file ceiling.

Run on demand (never in the test suite). The first run prepares a PostgreSQL database (migrate,
`seed_demo --scale 20`, the search index when ELASTICSEARCH_URL is set, collectstatic); later runs
skip that with --no-prepare:

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/load.py            # prepare + run
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/load.py --no-prepare
    .venv/bin/python bench/load.py --no-prepare --hosts 2 --signed-in 20   # the two-host topology, mixed
    .venv/bin/python bench/load.py --no-prepare --hosts 2 --signed-in 20 --think 2 --anonymous-think 2
                                                    # 50 people reading each page for 1-3 s (the 300 ms target)

With --hosts 2 two gunicorn masters share the database and a private Redis (default and page caches,
as production with REDIS_URL) and the clients are spread over both; --signed-in N of the --clients are
signed-in investors (account page, their files, a draft's wizard steps) and staff (application inbox,
review pages), half each, on sessions created directly (with the staff second factor recorded).
Without --think/--anonymous-think every client asks for its next page at once: a saturation test, whose
response times grow with the number of clients whatever a page costs (docs/performance.md).

The server is gunicorn (2 workers, gthread) with the production settings, DEBUG off, WhiteNoise
serving static files and the page cache on. One settings line differs, written to a scratch module:
the site trusts one proxy's X-Forwarded-For, so the spike's trainees arrive from distinct addresses
(as behind the real reverse proxy) instead of all from 127.0.0.1, which the sign-in rate limit
(30 per minute per address) would refuse. Prints a table and PASS/FAIL against the targets; exits 1
on FAIL.
"""

import argparse
import contextlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from load_clients import Recorder, request, run_mix, sign_in, spike, spike_outcome, warm_up
from load_plan import django_setup, signed_in_plans, spike_cohort, static_url, traffic_plan
from load_report import machine, print_table, verdict

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "load"
PYTHON = sys.executable
SETTINGS_MODULE = "load_settings"
SETTINGS_SOURCE = """from config.settings.production import *  # noqa: F403
TRUSTED_PROXY_COUNT = 1  # the bench sends each trainee's own X-Forwarded-For (sign-in limits are per address)
# Production refuses non-SMTP e-mail; the bench keeps its registration e-mails in memory.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
"""


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgres://dalat:dalat@127.0.0.1:5432/dalat_load")
    parser.add_argument("--scale", type=int, default=20, help="seed_demo --scale when preparing")
    parser.add_argument("--no-prepare", action="store_true", help="reuse the prepared database and static files")
    parser.add_argument(
        "--clients", type=int, default=50, help="concurrent clients (--signed-in of them signed in, the rest anonymous)"
    )
    parser.add_argument("--seconds", type=float, default=60, help="length of the mixed run")
    parser.add_argument(
        "--static-seconds", type=float, default=None, help="length of the static run (default: --seconds)"
    )
    parser.add_argument("--spike", type=int, default=60, help="trainees registering for one cohort during the run")
    parser.add_argument("--seats", type=int, default=20, help="seats in the spike's cohort")
    parser.add_argument("--parcels", type=int, default=100, help="parcels sampled for detail pages")
    parser.add_argument("--hosts", type=int, default=1, help="app hosts (gunicorn masters); 2+ share a private Redis")
    parser.add_argument(
        "--signed-in", type=int, default=0, help="of --clients, how many are signed in (half investors, half staff)"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4, help="gthread threads per worker (1: sync workers)")
    parser.add_argument(
        "--think",
        type=float,
        default=0.0,
        help="mean seconds a signed-in person reads a page before the next (0: none, a saturation test)",
    )
    parser.add_argument(
        "--anonymous-think",
        type=float,
        default=0.0,
        help="mean seconds an anonymous visitor reads a page before the next (0: none, a saturation test)",
    )
    return parser.parse_args()


# --- environment, preparation and the server -----------------------------------------------------
def server_environment(arguments, settings_dir):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=arguments.database_url,
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        PYTHONPATH=os.pathsep.join([str(settings_dir), str(ROOT / "site"), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(VAR / "static"),
        PAGE_CACHE_LOCATION=str(VAR / "page-cache"),
        EMAIL_URL="smtp://127.0.0.1:25",  # replaced by the in-memory backend in load_settings
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        LOG_LEVEL="WARNING",
        ELASTICSEARCH_INDEX_PREFIX=os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "load"),
    )
    return env


def run(command, env, **settings):
    print("$", " ".join(command), flush=True)
    subprocess.run(command, env={**env, **settings}, cwd=ROOT, check=True)  # noqa: S603 - commands built here


def prepare(arguments, env):
    """Create the database if missing, migrate, seed (--scale), index, collect static files."""
    import psycopg

    name = arguments.database_url.rsplit("/", 1)[1]
    with psycopg.connect(arguments.database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
    seed_env = {"DJANGO_SETTINGS_MODULE": "config.settings.dev"}  # demo content is created with dev settings
    run([PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], env, **seed_env)
    run([PYTHON, "manage.py", "seed_demo", "--scale", str(arguments.scale)], env, **seed_env)
    if env.get("ELASTICSEARCH_URL"):
        run([PYTHON, "manage.py", "search_index", "--rebuild"], env, **seed_env)
    run([PYTHON, "manage.py", "createcachetable"], env)  # the shared cache of production settings
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], env)


def start_server(arguments, env, port):
    if not env.get("REDIS_URL"):
        shutil.rmtree(VAR / "page-cache", ignore_errors=True)
    command = [str(Path(PYTHON).parent / "gunicorn"), "config.wsgi:application", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(arguments.workers)]
    if arguments.threads > 1:  # one thread: gunicorn's sync workers, as the Procfile runs them
        command += ["--worker-class", "gthread", "--threads", str(arguments.threads)]
    log = open(VAR / f"gunicorn-{port}.log", "w")  # noqa: SIM115 - kept open for the server's lifetime
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    for _attempt in range(120):
        try:
            if request(port, "GET", "/healthz")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.5)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer /healthz; see {VAR / f'gunicorn-{port}.log'}")


@contextlib.contextmanager
def hosts(arguments, env):
    """`--hosts` gunicorn masters on free ports (two or more share a private Redis, as production's hosts
    share REDIS_URL); yields their ports and stops everything afterwards."""
    sys.path.insert(0, str(ROOT))  # the cluster test's private Redis and free ports
    from tests.cluster.topology import PrivateRedis
    from tests.faults.instances import free_port

    with contextlib.ExitStack() as cleanup:
        if arguments.hosts > 1:
            redis = PrivateRedis()
            cleanup.callback(redis.cleanup)
            redis.start()
            env["REDIS_URL"] = redis.url
        ports = [free_port() for _host in range(arguments.hosts)]
        for port in ports:
            server = start_server(arguments, env, port)
            cleanup.callback(server.wait, timeout=30)
            cleanup.callback(server.terminate)
        yield ports


def main():
    arguments = parse_arguments()
    VAR.mkdir(parents=True, exist_ok=True)
    settings_dir = Path(tempfile.mkdtemp(prefix="dalat-load-"))
    (settings_dir / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_SOURCE)
    env = server_environment(arguments, settings_dir)
    if not arguments.no_prepare:
        prepare(arguments, env)
    django_setup(env)
    plan = traffic_plan(arguments.parcels)
    cohort, register_path, users = spike_cohort(arguments)
    signed_in = signed_in_plans(arguments.signed_in) if arguments.signed_in else []
    static_path = static_url()
    static_seconds = arguments.static_seconds or arguments.seconds
    main_run, static_run, sign_ins = Recorder(), Recorder(), Recorder()
    with hosts(arguments, env) as ports:
        print(f"warm-up: {sum(warm_up(port, plan) for port in ports)} URLs; {machine()}", flush=True)
        browsers = sign_in(ports[0], users, sign_ins)
        threads = run_mix(
            ports,
            plan,
            signed_in,
            arguments.clients,
            arguments.seconds,
            main_run,
            arguments.think,
            arguments.anonymous_think,
        )
        spike(browsers, register_path, main_run, delay=arguments.seconds / 3)
        for thread in threads:
            thread.join()
        counts = spike_outcome(cohort)
        for thread in run_mix(ports, {"static file": [static_path]}, [], arguments.clients, static_seconds, static_run):
            thread.join()
    print(
        f"\n{arguments.clients} clients ({len(signed_in)} signed in, reading each page ~{arguments.think:g} s; "
        f"the others anonymous, ~{arguments.anonymous_think:g} s), "
        f"{arguments.seconds:.0f} s, {arguments.hosts} "
        f"host(s) x gunicorn {arguments.workers} workers x {arguments.threads} threads; spike of "
        f"{arguments.spike} trainees for {arguments.seats} seats"
    )
    print_table(main_run, arguments.seconds)
    print("\ntrainees signing in before the run (4 at a time):")
    print_table(sign_ins, None)
    print("\nstatic ceiling:")
    print_table(static_run, static_seconds)
    print(f"\nafter the run: {machine()}")
    sys.exit(0 if verdict(main_run, static_run, counts, arguments.seats, sum(sign_ins.errors.values())) else 1)


if __name__ == "__main__":
    main()
