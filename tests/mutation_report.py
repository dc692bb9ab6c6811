"""Per-module mutation figures from mutmut's results (`make mutation` prints them; docs/testing.md).

Usage: .venv/bin/mutmut results --all true | .venv/bin/python tests/mutation_report.py
Killed and timed-out mutants count as killed; "no tests" and survivors as not killed. Mutants listed
in docs/testing.md as equivalent are excluded from the denominator when their names are given in
EQUIVALENT below (each with its reason there).
"""

import re
import sys
from collections import Counter, defaultdict

MODULES = [
    "investors.applications.workflow",
    "investors.applications.services",
    "investors.applications.clock",
    "investors.incentives.engine",
    "investors.incentives.rules",
    "training.services",
    "land.services",
]

# Mutants that behave exactly like the original (see docs/testing.md, "Equivalent mutants").
EQUIVALENT: set[str] = {
    # `not user.is_authenticated and not user.is_active`: an inactive account is refused anyway, because
    # Django's ModelBackend (and allauth's, its subclass) grants an inactive user no permission at all.
    "investors.applications.workflow.x_has_staff_permission__mutmut_2",
    # `min(top-up, standard + incentive)` instead of `standard - incentive`: the cap binds only if a
    # standard CIT rate were below the 15 % minimum rate; no rate in baseline.py is (15, 17, 20 %).
    "investors.incentives.engine.x_estimate__mutmut_86",
    # `profit < 0` instead of `<= 0`: a zero profit then passes through the loss deduction, which uses
    # min(loss, 0) = 0 of every open loss and yields 0, exactly what the zero-profit branch returns.
    "investors.incentives.engine.x_taxable_incomes__mutmut_12",
    # `parcel.save(update_fields=None)` in change_status: the row was just read under its lock, and save() only
    # derives code parts and centre from that row's own code and plan, so saving every field writes the same values.
    "land.services.x_change_status__mutmut_111",
    # `parcel.save(update_fields=None)` in retire: likewise, the row was just read under its lock in the same
    # transaction, so saving every field writes back what was read, with the three retirement fields set.
    "land.services.x_retire__mutmut_46",
    # `str(code or "XXXX")` in unit_cost: an empty code then looks up "XXXX", which the unit code validator
    # (building code, hyphen, number) never admits, so no unit is found either way.
    "land.services.x_unit_cost__mutmut_9",
    # `recorded_by=None` when an Attendance is first built in record_attendance: the same loop sets
    # `record.recorded_by = actor` on every record, new ones included, before they are saved.
    "training.services.x_record_attendance__mutmut_22",
    # `Coalesce(Subquery(sessions), 1)` in with_attendance: the fallback applies only to a cohort without sessions,
    # which can have no attendance, so the share is round(100 * 0 / 1) = 0 %, as with 0; the count is shown nowhere.
    "training.services.x_with_attendance__mutmut_33",
}

LINE = re.compile(r"^\s*(?P<name>\S+__mutmut_\d+): (?P<status>.+)$")


def module_of(name):
    return max((module for module in MODULES if name.startswith(module + ".")), key=len, default=None)


def summarise(lines):
    figures = defaultdict(Counter)
    for line in lines:
        match = LINE.match(line)
        if not match or match["name"] in EQUIVALENT:
            continue
        module = module_of(match["name"])
        if module is None:
            continue
        status = match["status"].strip()
        if status == "not checked":  # not run (yet): left out of the figures
            continue
        figures[module]["killed" if status in ("killed", "timeout") else status.replace(" ", "_")] += 1
    return figures


def main():
    figures = summarise(sys.stdin)
    print(f"| {'module':34} | killed | survived | no tests | other | total | killed % |")
    print(f"|{'-' * 36}|-------:|---------:|---------:|------:|------:|---------:|")
    for module in MODULES:
        counts = figures.get(module, Counter())
        total = sum(counts.values())
        other = total - counts["killed"] - counts["survived"] - counts["no_tests"]
        rate = f"{100 * counts['killed'] / total:.0f} %" if total else "–"
        print(
            f"| {module:34} | {counts['killed']:6} | {counts['survived']:8} | {counts['no_tests']:8} "
            f"| {other:5} | {total:5} | {rate:>8} |"
        )


if __name__ == "__main__":
    main()
