"""The production install holds only what the site runs, each package pinned and checked against its hash;
the development lock adds the tools on top of exactly the same runtime versions."""

import re
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPOSITORY = Path(__file__).resolve().parents[2]
DEV_TOOLS = {"pytest", "pytest-django", "pytest-xdist", "playwright", "hypothesis", "ruff", "factory-boy", "pip-tools"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def lock(name):
    """{package: (version, [hashes])} of a pip-compile lock file."""
    pins, current = {}, None
    for line in (REPOSITORY / name).read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (match.group(2), [])
        elif "--hash=sha256:" in line and current:
            pins[current][1].append(line.split("--hash=sha256:")[1].split()[0])
    return pins


def direct(name):
    """The package names a requirements .in file asks for (options such as -r and -c left out)."""
    names = set()
    for line in (REPOSITORY / name).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            names.add(canonicalize_name(Requirement(line).name))
    return names


def test_the_runtime_lock_has_no_test_or_development_tools():
    assert not DEV_TOOLS & set(lock("requirements.lock"))


def test_every_locked_package_is_pinned_with_its_hashes():
    for name in ("requirements.lock", "requirements-dev.lock"):
        pins = lock(name)
        assert pins, name
        missing = [package for package, (_version, hashes) in pins.items() if not hashes]
        assert not missing, (name, missing)


def test_the_dev_lock_has_the_runtime_versions_and_the_tools():
    runtime, development = lock("requirements.lock"), lock("requirements-dev.lock")
    assert {package: pin[0] for package, pin in runtime.items()} == {
        package: development[package][0] for package in runtime if package in development
    }
    assert set(runtime) <= set(development)
    assert set(development) >= DEV_TOOLS
    assert development["pip-tools"][0] == "7.6.2"


def test_each_lock_covers_what_its_input_asks_for():
    assert direct("requirements.in") <= set(lock("requirements.lock"))
    assert direct("requirements-dev.in") <= set(lock("requirements-dev.lock"))
    assert "redis" in direct("requirements.in")


def test_installs_check_hashes():
    makefile = (REPOSITORY / "Makefile").read_text()
    assert "pip install --quiet --require-hashes -r requirements-dev.lock" in makefile
    assert "pip-compile --quiet --generate-hashes" in makefile
    assert "pip install --require-hashes -r requirements.lock" in (REPOSITORY / "docs/deployment.md").read_text()
