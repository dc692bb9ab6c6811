"""Readiness checks: what `/readyz` reports, filled by the apps that own each dependency.

Core registers the database; other apps register theirs from their AppConfig.ready(), so core never
imports them:

    from core import health
    health.register_check("search", search_backend_status)

A check returns its state as "ok" or another word, or as a dict with a "status" key. A *required*
check that is not ok makes the site unready (503); any other check only reports a degradation.
A check that raises reports "unavailable".
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection

logger = logging.getLogger(__name__)

OK = "ok"
UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class ReadinessCheck:
    """One dependency reported by /readyz."""

    name: str
    check: Callable[[], object]  # () -> "ok" | other word | {"status": ..., ...}
    required: bool = False
    order: int = 100


_checks: dict[str, ReadinessCheck] = {}


def register_check(name, check, required=False, order=100):
    """Add or replace (by name) a readiness check."""
    _checks[name] = ReadinessCheck(name=name, check=check, required=required, order=order)


def checks():
    """Registered checks in report order."""
    return sorted(_checks.values(), key=lambda check: (check.order, check.name))


def is_ok(state):
    """True when a check's state says it is usable."""
    if isinstance(state, dict):
        return state.get("status") == OK
    return state == OK


def run_check(check):
    """The state of one check; an exception means the dependency is unavailable."""
    try:
        return check.check()
    except Exception:  # a broken check must not break /readyz itself
        logger.warning("Readiness check %s failed", check.name, exc_info=True)
        return UNAVAILABLE


def readiness():
    """(ready, report): every check's state, and whether every required check is ok."""
    report = {}
    ready = True
    for check in checks():
        state = run_check(check)
        report[check.name] = state
        if check.required and not is_ok(state):
            ready = False
    return ready, report


def database_status():
    """'ok' when a trivial query succeeds, otherwise 'unavailable'."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any driver error means "not ready"
        logger.warning("Readiness check: the database is unavailable", exc_info=True)
        return UNAVAILABLE
    return OK
