"""Visitors driving the live site over HTTP, and a record of every answer they got.

A Visitor is one person with their own cookies (optionally signed in with a session prepared by
sitectl). Every request goes through a Recorder, which keeps when it started, how long it took, the
status (None when the connection failed or timed out) and the body, so a test can say afterwards
which answers were errors and when.
"""

import secrets
import threading
import time
from dataclasses import dataclass

import requests

TIMEOUT = 20  # seconds: a request still unanswered by then counts as a hang


@dataclass
class Answer:
    """What one request got."""

    kind: str
    path: str
    started: float
    took: float
    status: int | None
    body: str
    location: str = ""
    error: str = ""

    @property
    def server_error(self):
        return self.status is None or self.status >= 500


class Recorder:
    """Thread-safe list of answers, with the moments an operator acted (stopped, restarted…)."""

    def __init__(self):
        self.answers = []
        self.marks = {}
        self._lock = threading.Lock()

    def mark(self, name):
        self.marks[name] = time.monotonic()
        return self.marks[name]

    def add(self, answer):
        with self._lock:
            self.answers.append(answer)

    def of(self, kind=None):
        with self._lock:
            return [answer for answer in self.answers if kind is None or answer.kind == kind]


class Visitor:
    """A browser of one person: cookies, a CSRF token, and every answer recorded."""

    def __init__(self, site, recorder, session_key=None):
        self.site = site
        self.recorder = recorder
        self.http = requests.Session()
        # The same two cookies on every request (a 32-character CSRF secret, the format Django issues);
        # cookies the site sets are dropped, so a retried request carries exactly what the first one did.
        self.csrf = secrets.token_hex(16)
        cookies = [f"csrftoken={self.csrf}"] + ([f"sessionid={session_key}"] if session_key else [])
        self.headers = {"Cookie": "; ".join(cookies)}

    def request(self, kind, method, path, data=None, files=None):
        started = time.monotonic()
        if method == "POST":
            data = {**(data or {}), "csrfmiddlewaretoken": self.csrf}
        try:
            response = self.http.request(
                method,
                self.site.url(path),
                data=data,
                files=files,
                headers=self.headers,
                timeout=TIMEOUT,
                allow_redirects=False,
            )
            self.http.cookies.clear()
        except requests.RequestException as error:
            answer = Answer(kind, path, started, time.monotonic() - started, None, "", error=repr(error))
        else:
            answer = Answer(
                kind,
                path,
                started,
                time.monotonic() - started,
                response.status_code,
                response.text,
                location=response.headers.get("Location", ""),
            )
        self.recorder.add(answer)
        return answer

    def get(self, kind, path):
        return self.request(kind, "GET", path)

    def post(self, kind, path, data=None, files=None):
        return self.request(kind, "POST", path, data=data, files=files)

    def until(self, accept, action, deadline, pause=0.3):
        """Repeat `action()` (as a person pressing again after an error page) until `accept(answer)` or the deadline."""
        while True:
            answer = action()
            if accept(answer) or time.monotonic() > deadline:
                return answer
            time.sleep(pause)


class Loop(threading.Thread):
    """Calls `step()` over and over until stopped (a steady stream of requests)."""

    def __init__(self, step, pause=0.05):
        super().__init__(daemon=True)
        self.step = step
        self.pause = pause
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            self.step()
            time.sleep(self.pause)

    def stop(self):
        self.stopping.set()
        self.join(timeout=TIMEOUT + 5)
