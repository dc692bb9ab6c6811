"""PostgreSQL restarts while people browse, register for a cohort and submit applications: the site
recovers by itself within seconds (same gunicorn workers), errors meanwhile are clean error pages,
and every registration or submission a person saw confirmed exists exactly once."""

import itertools
import threading
import time

import pytest

from .conftest import APPLICANTS, TRAINEES
from .journeys import apply, register
from .traffic import TIMEOUT, Loop, Recorder, Visitor

pytestmark = pytest.mark.faults

RECOVERY_SECONDS = 10
ERROR_PAGE = "Something went wrong"  # templates/500.html, rendered without touching the database


def page_viewer(site, recorder, paths, session=None):
    """Browse `paths` over and over; signed in (`session`), so the page cache cannot answer for the site."""
    visitor = Visitor(site, recorder, session)
    cycle = itertools.cycle(paths)
    return lambda: visitor.get("readyz" if (path := next(cycle)) == "/readyz" else "page", path)


def run_people(site, recorder, people, journey, outcomes, pause=0.4):
    """One after another, as people arriving at the site; `outcomes[email]` is what each one saw."""
    for person in people:
        outcomes[person["email"]] = journey(Visitor(site, recorder, person["session"]), person)
        time.sleep(pause)


def clean_error(answer):
    if answer.kind == "readyz":
        return answer.status == 503 and '"database": "unavailable"' in answer.body
    return answer.status == 500 and ERROR_PAGE in answer.body


def traffic_through_a_restart(site, postgres):
    """Browse, register and apply from several threads; restart PostgreSQL a moment after they begin."""
    info, recorder, registered, applied = site.info, Recorder(), {}, {}
    deadline = time.monotonic() + 90
    paths = ["/en/", "/vi/", "/en/land/", info["training"]["urls"]["en"], "/en/account/", "/readyz"]
    viewers = [Loop(page_viewer(site, recorder, paths, info[role]["session"])) for role in ("officer", "publisher")]
    parcels = dict(zip([person["email"] for person in info["applicants"]], info["parcels"], strict=False))
    people = [
        *[(info["trainees"][start::2], lambda v, _person: register(v, info, deadline), registered) for start in (0, 1)],
        (info["applicants"], lambda v, person: apply(v, parcels[person["email"]], deadline), applied),
    ]
    threads = [
        threading.Thread(target=run_people, args=(site, recorder, chunk, journey, outcomes))
        for chunk, journey, outcomes in people
    ]
    for thread in viewers + threads:
        thread.start()
    time.sleep(1.2)
    recorder.mark("restart")
    postgres.restart()
    recorder.mark("back")
    for thread in threads:
        thread.join(timeout=120)
    time.sleep(max(0.0, recorder.marks["back"] + 3 - time.monotonic()))  # keep browsing after everything settled
    for loop in viewers:
        loop.stop()
    return recorder, registered, applied


def test_the_site_recovers_by_itself_after_postgresql_restarts_and_keeps_every_confirmation_once(
    live_site, private_postgres
):
    workers_before = live_site.worker_pids()
    recorder, registered, applied = traffic_through_a_restart(live_site, private_postgres)
    report = live_site.ctl("report")

    answers = recorder.of()
    errors = [answer for answer in answers if answer.server_error]
    back = recorder.marks["back"]
    assert errors, "the restart happened while requests were being served"
    assert [a for a in answers if a.took >= TIMEOUT or a.status is None] == [], "no request hung or was dropped"
    assert [(a.kind, a.path, a.status) for a in errors if not clean_error(a)] == [], "errors are clean error pages"
    last_error = max(answer.started for answer in errors)
    assert last_error - back < RECOVERY_SECONDS, f"still failing {last_error - back:.1f}s after PostgreSQL was back"
    for kind in ("page", "readyz"):
        assert any(a.status == 200 for a in recorder.of(kind) if a.started > last_error), f"{kind} answers again"
    assert live_site.worker_pids() == workers_before, "gunicorn did not have to restart a worker"

    assert len(registered) == TRAINEES and "gave up" not in registered.values()
    for email in registered:
        assert len(report["registrations"].get(email, [])) == 1, f"{email}: one registration, neither lost nor doubled"
    assert len(applied) == APPLICANTS and None not in applied.values()
    for email in applied:
        submitted = [a for a in report["applications"][email] if a["status"] != "draft"]
        assert [(a["status"], a["submissions"]) for a in submitted] == [("submitted", 1)], email
        assert submitted[0]["public_id"] in applied[email], "the confirmed page is of the application that exists"
