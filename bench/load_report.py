"""bench/load.py's report: a table per run and PASS/FAIL against the targets."""

import os
import statistics
import sys
from pathlib import Path

TARGET_P95_MS = 300
CACHED_FACTOR = 3


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
