"""Benchmark of the land pages on a large catalogue: p50/p95 server time of list, detail, plan, GeoJSON.

Run on demand against PostgreSQL (creates and keeps the database test_<name>):
    DATABASE_URL=postgres://dalat:dalat@127.0.0.1:5432/dalat_land_bench \
        .venv/bin/python bench/land.py [--parcels 5000] [--runs 40]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
# Server time of the views themselves: the anonymous page cache would otherwise answer every run.
os.environ["PAGE_CACHE_TIMEOUT"] = "0"


def setup_database():
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, keepdb=True)


def seed(total):
    """Five zones and `total` published parcels, inserted in bulk (a few seconds for 5,000)."""
    from decimal import Decimal

    from core.seeding import SeedContext
    from home.demo.seeding import seed_site
    from land import geometry
    from land.demo.seed_data import STATUS_CYCLE, ZONES
    from land.demo.seeding import grid_cells, seed_pages, seed_zone
    from land.models import Parcel, Zone

    context = SeedContext()
    seed_site(context)
    seed_pages(context.homes)
    if Parcel.objects.count() >= total:
        return
    Parcel.objects.all().delete()
    per_zone = total // len(ZONES)
    parcels = []
    for spec in ZONES:
        zone = seed_zone(spec) or Zone.objects.get(code=spec["code"])
        for index, outline in enumerate(grid_cells(spec["outline"], per_zone)):
            code = f"{zone.code}-{index + 1}"
            parcels.append(Parcel(
                code=code, code_prefix=zone.code, code_number=index + 1, zone=zone,
                land_use=spec["uses"][index % len(spec["uses"])], status=STATUS_CYCLE[index % len(STATUS_CYCLE)],
                area_m2=Decimal(str(round(geometry.polygon_area(outline), 1))),
                lease_price_usd=Decimal("1.50") + Decimal(index % 300) / 100, max_lease_term_years=50,
                building_density_pct=Decimal("40"), floor_area_ratio=Decimal("1.8"), max_height_m=Decimal("18"),
                power_capacity_kva=400, fibre_capacity_gbps=Decimal("10"), water_capacity_m3_day=50,
                plan_polygon=outline, geo_polygon=geometry.plan_to_wgs84(geometry.as_points(outline)),
                summary_vi=f"Lô {code}", summary_en=f"Parcel {code}", live=True,
            ))  # fmt: skip
    for parcel in parcels:
        parcel.derive_fields()  # bulk_create skips save()
    Parcel.objects.bulk_create(parcels, batch_size=1000)


def measure(client, path, runs):
    client.get(path)  # warm up
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    timings.sort()
    return statistics.median(timings), timings[max(0, int(len(timings) * 0.95) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    setup_database()
    seed(args.parcels)
    from django.test import Client

    from land.models import Parcel

    client = Client()
    paths = {
        "list (filtered, sorted)": "/en/land/?zone=A&status=available&area_min=100&sort=-price",
        "list (page 10)": "/en/land/?page=10",
        "detail": "/en/land/a-500/",
        "site plan": "/en/land/plan/",
        "GeoJSON (all)": "/en/land/parcels.geojson",
    }
    print(f"{Parcel.objects.count()} parcels, {args.runs} runs each")
    print(f"{'view':28} {'p50 ms':>8} {'p95 ms':>8}")
    for name, path in paths.items():
        p50, p95 = measure(client, path, args.runs)
        print(f"{name:28} {p50:8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
