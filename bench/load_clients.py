"""bench/load.py's clients: people opening pages over HTTP, and the trainees of the registration spike."""

import http.client
import random
import re
import threading
import time
from collections import defaultdict
from urllib.parse import urlencode

from load_plan import PASSWORD


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


def in_parallel(work, items, threads):
    """`work(item)` for every item, on `threads` threads; returns when all are done."""

    def work_through(share):
        for item in share:
            work(item)

    workers = [threading.Thread(target=work_through, args=(items[start::threads],)) for start in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def warm_up(port, plan):
    """Request every planned URL once (8 at a time), as a page cache fills in normal use."""
    paths = [path for paths in plan.values() for path in paths]
    in_parallel(lambda path: request(port, "GET", path), paths, threads=8)
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

    def sign_in_one(pair):
        browser, email = pair
        status, elapsed = browser.post_form("/en/account/login/", {"login": email, "password": PASSWORD})
        recorder.add("sign in (before)", status, {}, elapsed, expected=(302,))

    in_parallel(sign_in_one, list(zip(browsers, users, strict=True)), threads=4)
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
