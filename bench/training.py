"""Registrations per second under contention: many threads registering for one cohort on PostgreSQL.

Every attempt locks the same cohort row, so this measures the cost of the serialisation that keeps
seats from being oversold. Run on demand (not part of the test suite):

    DATABASE_URL=postgres://dalat:dalat@127.0.0.1:5432/dalat_bench_training \\
        .venv/bin/python bench/training.py --attempts 600 --seats 100 --workers 1,10,20

It creates and drops its own test database (`test_<name>`), and prints one line per worker count.
"""

import argparse
import os
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=600, help="registration attempts per run")
    parser.add_argument("--seats", type=int, default=100, help="seats in the cohort")
    parser.add_argument("--workers", default="1,10,20", help="comma-separated thread counts")
    return parser.parse_args()


def make_trainees(count, run):
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    users = [
        user_model(email=f"bench{run}-{number}@example.com", full_name=f"Bench {number}") for number in range(count)
    ]
    return user_model.objects.bulk_create(users)


def make_cohort(seats, attempts, code):
    from django.utils import timezone

    from training.models import Cohort

    now = timezone.now()
    return Cohort.objects.create(
        code=code,
        programme_key=uuid.uuid4(),
        starts_on=now.date() + timedelta(days=30),
        ends_on=now.date() + timedelta(days=90),
        seats=seats,
        waitlist_limit=attempts,
        registration_opens_at=now - timedelta(days=1),
        registration_closes_at=now + timedelta(days=20),
    )


def register_all(cohort_id, trainees):
    """One worker: its own connection, kept for all its attempts (as an app server with CONN_MAX_AGE)."""
    from django.db import connection

    from training.services import RegistrationAnswers, TrainingError, register_trainee

    answers = RegistrationAnswers(education="Bench", current_job="Bench", motivation="Benchmark registration.")
    results = []
    try:
        for trainee in trainees:
            try:
                results.append(register_trainee(cohort_id, trainee, answers).status)
            except TrainingError:
                results.append("refused")
    finally:
        connection.close()
    return results


def run_once(workers, arguments, run):
    from training.models import Registration

    cohort = make_cohort(arguments.seats, arguments.attempts, f"BENCH-{run}")
    trainees = make_trainees(arguments.attempts, run)
    started = time.perf_counter()
    shares = [trainees[index::workers] for index in range(workers)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = [status for part in pool.map(lambda share: register_all(cohort.pk, share), shares) for status in part]
    elapsed = time.perf_counter() - started
    confirmed = Registration.objects.filter(cohort=cohort, status="confirmed").count()
    print(
        f"workers={workers:>3}  attempts={len(results)}  seconds={elapsed:6.2f}  "
        f"registrations/s={len(results) / elapsed:7.1f}  confirmed={confirmed}/{arguments.seats}  "
        f"waitlisted={results.count('waitlisted')}  refused={results.count('refused')}"
    )
    if confirmed != min(arguments.seats, arguments.attempts):
        raise SystemExit("Seats were oversold or left empty: the benchmark found a bug.")


def main():
    import django

    arguments = parse_arguments()
    django.setup()
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database; this benchmark measures row locking.")
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        print(
            f"PostgreSQL {connection.pg_version}, cohort of {arguments.seats} seats, "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start"
        )
        for run, workers in enumerate(int(value) for value in arguments.workers.split(",")):
            run_once(workers, arguments, run)
    finally:
        connection.close()
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    main()
