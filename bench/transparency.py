"""Benchmark of the transparency figures at scale: time and queries to compute every metric cold.

Run on demand (SQLite test database by default; PostgreSQL with DATABASE_URL), e.g.:
    DATABASE_URL=postgres://dalat:dalat@127.0.0.1:5432/dalat_transparency_bench \
        .venv/bin/python bench/transparency.py [--applications 2000] [--parcels 2000] [--registrations 10000]
Prints the rows in each table, the number of queries and the p50/max time of a cold computation.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def setup_database():
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, keepdb=True)


def seed_applications(total):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from investors.applications.models import InvestmentApplication, StatusChange

    user, _created = get_user_model().objects.get_or_create(email="bench-applicant@example.com")
    existing = InvestmentApplication.objects.filter(applicant=user).count()
    start = timezone.make_aware(datetime.datetime(2024, 1, 8, 9))
    rows = []
    for index in range(existing, total):
        submitted = start + datetime.timedelta(days=index % 600)
        rows.append(
            InvestmentApplication(
                applicant=user,
                reference=f"BENCH-{index:06d}",
                status="approved" if index % 5 else "rejected",
                country="VN" if index % 3 else "JP",
                submitted_at=submitted,
                decided_at=submitted + datetime.timedelta(days=20 + index % 25),
            )
        )
    created = InvestmentApplication.objects.bulk_create(rows, batch_size=1000)
    changes = []
    for application in created:
        changes.append(StatusChange(application=application, from_status="draft", to_status="submitted", actor=user))
        changes.append(StatusChange(application=application, from_status="screening", to_status="info_requested"))
        changes.append(
            StatusChange(application=application, from_status="info_requested", to_status="resubmitted", actor=user)
        )
        changes.append(StatusChange(application=application, from_status="appraisal", to_status=application.status))
    StatusChange.objects.bulk_create(changes, batch_size=2000)


def seed_land(total):
    from decimal import Decimal

    from land import geometry
    from land.models import Parcel, Zone

    zone, _created = Zone.objects.get_or_create(
        code="Z", defaults={"name_vi": "Khu Z", "name_en": "Zone Z", "outline": geometry.rectangle(0, 0, 9e5, 9e5)}
    )
    Zone.objects.filter(pk=zone.pk).update(live=True)
    existing = Parcel.objects.filter(zone=zone).count()
    statuses = ["available", "reserved", "leased", "not_open"]
    Parcel.objects.bulk_create(
        (
            Parcel(
                zone=zone, code=f"Z-{index + 1}", code_prefix="Z", code_number=index + 1, land_use="software_office",
                status=statuses[index % 4], area_m2=Decimal(1000 + index % 700), lease_price_usd=Decimal("3"),
                max_lease_term_years=50, building_density_pct=40, floor_area_ratio=1, max_height_m=18,
                power_capacity_kva=100, fibre_capacity_gbps=1, water_capacity_m3_day=10, summary_vi="Lô",
                summary_en="Lot", plan_polygon=geometry.rectangle(index * 30, 0, 20, 20), live=True,
            )
            for index in range(existing, total)
        ),
        batch_size=1000,
    )  # fmt: skip


def seed_training(total):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from training.models import Cohort, Registration

    now = timezone.now()
    cohorts = []
    for year in (2024, 2025, 2026):
        cohort, _created = Cohort.objects.get_or_create(
            code=f"BENCH-{year}",
            defaults={
                "programme_key": uuid.uuid4(), "starts_on": datetime.date(year, 3, 1),
                "ends_on": datetime.date(year, 6, 1), "seats": 100000, "registration_opens_at": now,
                "registration_closes_at": now,
            },
        )  # fmt: skip
        cohorts.append(cohort)
    existing = Registration.objects.filter(cohort__in=cohorts).count()
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"bench-trainee-{index}@example.com") for index in range(existing, total)
    )
    statuses = ["confirmed", "completed", "no_show", "cancelled", "waitlisted"]
    Registration.objects.bulk_create(
        (
            Registration(cohort=cohorts[index % 3], trainee=user, status=statuses[index % 5], education="-",
                         current_job="-", motivation="-")
            for index, user in enumerate(users)
        ),
        batch_size=2000,
    )  # fmt: skip


def measure(runs):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from transparency.services import current_figures

    timings, queries = [], 0
    with translation.override("en"):
        for _run in range(runs):
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                figures = current_figures()
                timings.append(time.perf_counter() - began)
            queries = len(captured)
    return figures, timings, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--parcels", type=int, default=2000)
    parser.add_argument("--registrations", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    setup_database()
    seed_applications(options.applications)
    seed_land(options.parcels)
    seed_training(options.registrations)
    figures, timings, queries = measure(options.runs)
    from investors.applications.models import InvestmentApplication
    from land.models import Parcel
    from training.models import Registration

    print(f"applications={InvestmentApplication.objects.count()} parcels={Parcel.objects.count()} "
          f"registrations={Registration.objects.count()}")  # fmt: skip
    print(f"queries per cold computation: {queries}")
    print(f"cold computation: p50 {statistics.median(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms")
    for metric in figures.metrics:
        print(f"  {metric.key:36} {metric.display}")


if __name__ == "__main__":
    main()
