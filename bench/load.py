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
import http.client
import os
import random
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

from load_plan import PASSWORD, django_setup, signed_in_plans, spike_cohort, static_url, traffic_plan

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "load"
PYTHON = sys.executable
TARGET_P95_MS = 300
CACHED_FACTOR = 3
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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


# --- the clients ---------------------------------------------------------------------------------
def request(port, method, path, headers=None, body=None, connection=None):
    """One request: (status, headers dict with lower-case names, body bytes, milliseconds)."""
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        content = response.read()
    finally:
        if own:
            connection.close()
    elapsed = (time.perf_counter() - started) * 1000
    return response.status, {name.lower(): value for name, value in response.getheaders()}, content, elapsed


class Recorder:
    """Latencies, errors and cache outcomes per page name, shared by the client threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.timings = defaultdict(list)
        self.errors = defaultdict(int)
        self.hits = defaultdict(int)
        self.hit_timings = []

    def add(self, name, status, headers, elapsed, expected=(200,)):
        with self.lock:
            self.timings[name].append(elapsed)
            if status not in expected:
                self.errors[name] += 1
            if headers.get("x-cache") == "hit":
                self.hits[name] += 1
                self.hit_timings.append(elapsed)

    def failed(self, name, elapsed):
        with self.lock:
            self.timings[name].append(elapsed)
            self.errors[name] += 1


def warm_up(port, plan):
    """Request every planned URL once (8 at a time), as a page cache fills in normal use."""
    paths = [path for paths in plan.values() for path in paths]
    chunks = [paths[start::8] for start in range(8)]
    workers = [
        threading.Thread(target=lambda chunk: [request(port, "GET", p) for p in chunk], args=(c,)) for c in chunks
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return len(paths)


def client(port, plan, deadline, recorder, seed, cookie=None, think=0.0):
    """One person opening pages of `plan` until `deadline`, signed in when `cookie` is given. With `think` > 0
    they read each page for a random 0.5–1.5 × `think` seconds, as people do; with 0 they ask for the next at
    once (a saturation test: a closed loop keeps the server busy whatever a page costs)."""
    rng = random.Random(seed)
    names = list(plan)
    headers = {"Cookie": cookie} if cookie else None
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < deadline:
        if think:
            # gunicorn closes a connection idle for 2 s (keepalive); a browser then opens a new one
            connection.close()
            time.sleep(min(rng.uniform(0.5 * think, 1.5 * think), max(0.0, deadline - time.monotonic())))
            if time.monotonic() >= deadline:
                break
        name = rng.choice(names)
        started = time.perf_counter()
        try:
            answer = request(port, "GET", rng.choice(plan[name]), headers, connection=connection)
            recorder.add(name, answer[0], answer[1], answer[3])
        except (OSError, http.client.HTTPException):
            recorder.failed(name, (time.perf_counter() - started) * 1000)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.close()


def run_mix(ports, plan, signed_in, clients, seconds, recorder, think=0.0, anonymous_think=0.0):
    """`clients` threads spread over the hosts: the signed-in ones with their own plans, reading each page for
    about `think` seconds, the rest anonymous, reading for about `anonymous_think` seconds (0: no pause)."""
    deadline = time.monotonic() + seconds
    threads = []
    for number in range(clients):
        port = ports[number % len(ports)]
        if number < len(signed_in):
            cookie, own_plan = signed_in[number]
            arguments = (port, own_plan, deadline, recorder, number, cookie, think)
        else:
            arguments = (port, plan, deadline, recorder, number, None, anonymous_think)
        threads.append(threading.Thread(target=client, args=arguments))
    for thread in threads:
        thread.start()
    return threads


# --- the registration spike ----------------------------------------------------------------------
CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """Just enough of a browser for allauth: cookies, CSRF tokens, a client address of its own."""

    def __init__(self, port, address):
        self.port, self.cookies, self.address = port, {}, address

    def send(self, method, path, form=None):
        headers = {"X-Forwarded-For": self.address, "Referer": f"http://127.0.0.1:{self.port}{path}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        status, response_headers, content, elapsed = request(self.port, method, path, headers, body)
        self._keep_cookies(response_headers)
        return status, response_headers, content, elapsed

    def _keep_cookies(self, headers):
        # http.client folds repeated Set-Cookie headers into one comma-separated value.
        for match in re.finditer(r"(?:^|,\s*)(csrftoken|sessionid)=([^;]*)", headers.get("set-cookie", "")):
            self.cookies[match.group(1)] = match.group(2)

    def post_form(self, path, fields):
        """GET the form (for its CSRF token), then POST it; returns (POST status, ms for GET + POST)."""
        status, _headers, content, get_ms = self.send("GET", path)
        token = CSRF_INPUT.search(content)
        if status != 200 or token is None:
            return status, get_ms
        status, _headers, _content, post_ms = self.send("POST", path, {**fields, "csrfmiddlewaretoken": token[1]})
        return status, get_ms + post_ms


def sign_in(port, users, recorder):
    """Each trainee signs in through allauth (CSRF and all) before the run, 4 at a time: a trainee
    waiting for registration to open is already signed in, and password hashing is not what the
    spike measures."""
    browsers = [Browser(port, f"10.20.{number // 250}.{number % 250 + 1}") for number in range(len(users))]

    def sign_in_some(pairs):
        for browser, email in pairs:
            status, elapsed = browser.post_form("/en/account/login/", {"login": email, "password": PASSWORD})
            recorder.add("sign in (before)", status, {}, elapsed, expected=(302,))

    pairs = list(zip(browsers, users, strict=True))
    workers = [threading.Thread(target=sign_in_some, args=(pairs[start::4],)) for start in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return browsers


def trainee(browser, register_path, recorder):
    try:
        answers = {
            "education": "Bachelor of IT",
            "current_job": "Developer",
            "motivation": "I want to build the park's software." * 2,
        }
        status, elapsed = browser.post_form(register_path, answers)
        recorder.add("spike: register", status, {}, elapsed, expected=(302,))
    except (OSError, http.client.HTTPException):
        recorder.failed("spike: register", 0)


def spike(browsers, register_path, recorder, delay):
    time.sleep(delay)
    threads = [threading.Thread(target=trainee, args=(browser, register_path, recorder)) for browser in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def spike_outcome(cohort):
    from django.db import connection

    connection.close()  # a fresh connection sees the server's commits
    counts = defaultdict(int, attempts=0)
    for status in cohort.registrations.values_list("status", flat=True):
        counts[status] += 1
        counts["attempts"] += 1
    return counts


# --- report --------------------------------------------------------------------------------------
def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def print_table(recorder, seconds):
    print(f"\n{'page':<18}{'requests':>9}{'errors':>8}{'cached':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name, timings in sorted(recorder.timings.items()):
        cached = f"{100 * recorder.hits[name] / len(timings):.0f}%"
        row = (len(timings), recorder.errors[name], cached, statistics.median(timings), percentile(timings, 0.95))
        print(f"{name:<18}{row[0]:>9}{row[1]:>8}{row[2]:>8}{row[3]:>9.0f}{row[4]:>9.0f}{max(timings):>9.0f}")
    total = sum(len(timings) for timings in recorder.timings.values())
    errors = sum(recorder.errors.values())
    if seconds:
        print(
            f"throughput {total / seconds:.0f} req/s; error rate {100 * errors / max(total, 1):.2f}% ({errors}/{total})"
        )


def verdict(main, static, spike_counts, seats, sign_in_errors):
    """PASS/FAIL lines for each target; returns True when all pass."""
    anonymous = {name: timings for name, timings in main.timings.items() if not name.startswith("spike")}
    # every page, signed-in ones ("investor: …", "staff: …") included, is held to the same p95 target
    slow = [name for name, timings in anonymous.items() if percentile(timings, 0.95) >= TARGET_P95_MS]
    static_p95 = percentile(static.timings["static file"], 0.95)
    cached_p95 = percentile(main.hit_timings, 0.95)
    checks = [
        ("no errors", not sum(main.errors.values()) and not sum(static.errors.values()) and not sign_in_errors, ""),
        (f"p95 < {TARGET_P95_MS} ms for every page", not slow, f"over: {', '.join(slow)}" if slow else ""),
        (
            f"cached pages' p95 within {CACHED_FACTOR}x the static file's",
            cached_p95 <= CACHED_FACTOR * static_p95,
            f"cached {cached_p95:.0f} ms vs static {static_p95:.0f} ms",
        ),
        (
            "spike: confirmed == seats, the rest waitlisted",
            spike_counts.get("confirmed", 0) == min(seats, spike_counts["attempts"]),
            ", ".join(f"{status} {count}" for status, count in sorted(spike_counts.items()) if status != "attempts"),
        ),
    ]
    print()
    for label, passed, detail in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {label}{'  (' + detail + ')' if detail else ''}")
    return all(passed for _label, passed, _detail in checks)


def machine():
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    memory = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    return f"{os.cpu_count()} CPUs, {int(memory) // 1024} MB RAM, load average {load}, Python {sys.version.split()[0]}"


def main():
    arguments = parse_arguments()
    VAR.mkdir(parents=True, exist_ok=True)
    settings_dir = Path(tempfile.mkdtemp(prefix="dalat-load-"))
    (settings_dir / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_SOURCE)
    env = server_environment(arguments, settings_dir)
    if not arguments.no_prepare:
        prepare(arguments, env)
    redis = None
    if arguments.hosts > 1:  # hosts share the default and page caches, as production's do (REDIS_URL)
        sys.path.insert(0, str(ROOT))
        from tests.cluster.topology import PrivateRedis

        redis = PrivateRedis()
        redis.start()
        env["REDIS_URL"] = redis.url
    django_setup(env)
    plan = traffic_plan(arguments.parcels)
    cohort, register_path, users = spike_cohort(arguments)
    signed_in = signed_in_plans(arguments.signed_in) if arguments.signed_in else []
    static_path = static_url()
    ports = [free_port() for _host in range(arguments.hosts)]
    servers = []
    try:
        servers += [start_server(arguments, env, port) for port in ports]
        print(f"warm-up: {sum(warm_up(port, plan) for port in ports)} URLs; {machine()}", flush=True)
        main_run, static_run, sign_ins = Recorder(), Recorder(), Recorder()
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
        static_seconds = arguments.static_seconds or arguments.seconds
        for thread in run_mix(ports, {"static file": [static_path]}, [], arguments.clients, static_seconds, static_run):
            thread.join()
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        if redis is not None:
            redis.cleanup()
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
