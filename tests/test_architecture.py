"""The apps depend on each other one way only (docs/architecture.md, "Dependencies between apps").

Reads the imports of every module of every project app with `ast` (nothing is imported), including
imports inside functions and migrations, and fails on a cycle between apps or on a forbidden
direction. The applications app (`investors/applications`, label `applications`) is a node of its
own: it may use investors, never the other way round.
"""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# app -> (folder, dotted package); the longest package prefix wins (investors.applications before investors).
APPS = {
    "core": ("site/core", "core"),
    "home": ("site/home", "home"),
    "accounts": ("site/accounts", "accounts"),
    "transparency": ("site/transparency", "transparency"),
    "investors": ("investors", "investors"),
    "applications": ("investors/applications", "investors.applications"),
    "land": ("land", "land"),
    "visits": ("land/visits", "land.visits"),
    "training": ("training", "training"),
    "search": ("search", "search"),
    "ratings": ("site/ratings", "ratings"),
}
# The composition root (settings, URLs) may import every app; no app may import it.
CONFIG = ("site/config", "config")

# Each rule: (app, what it may import among the project's apps, why).
ONLY = [
    ("core", set(), "core is what every app shares; it imports no other project app"),
    ("home", {"core"}, "the shell (home page, news, settings, navigation) builds on core only"),
    ("search", {"core"}, "search reads the apps through core.search_registry, never their modules"),
]
# (app, why) for apps nobody but config may import.
IMPORTED_BY_NOBODY = [
    ("search", "apps describe what they index in core.search_registry; they never import search"),
]


def package_of(root, path):
    """The dotted module name of `path` (site/ is a source root, not a package)."""
    relative = path.relative_to(root)
    parts = list(relative.with_suffix("").parts)
    if parts[0] == "site":
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imported_names(tree, module, is_package):
    """(dotted name, line) of every import in a module, relative imports resolved."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module
            yield base, node.lineno
            for alias in node.names:  # `from investors import applications` imports a module too
                yield f"{base}.{alias.name}", node.lineno


def app_of(name, apps):
    """The app a dotted name belongs to, or None for anything outside the project's apps."""
    best = None
    for app, (_folder, package) in apps.items():
        if (name == package or name.startswith(package + ".")) and (best is None or len(package) > len(apps[best][1])):
            best = app
    return best


def app_dependencies(root=ROOT, apps=None, config=CONFIG):
    """{app: {other app: [(file, line, imported name), …]}} for every import between different apps."""
    apps = apps or APPS
    every = {**apps, "config": config}
    edges = defaultdict(lambda: defaultdict(list))
    for app, (folder, _package) in apps.items():
        for path in sorted((root / folder).rglob("*.py")):
            module = package_of(root, path)
            if app_of(module, apps) != app:  # a nested app's files are its own
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            seen = set()
            for name, line in imported_names(tree, module, path.name == "__init__.py"):
                other = app_of(name, every)
                if other is None or other == app or (other, line) in seen:
                    continue
                seen.add((other, line))
                edges[app][other].append((str(path.relative_to(root)), line, name))
    return edges


def cycles(edges):
    """Every strongly connected group of two or more apps (Tarjan's algorithm), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in edges.get(node, {}):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def describe(edges, source, target):
    first = edges[source][target][0]
    count = len(edges[source][target])
    return f"{source} → {target} ({first[0]}:{first[1]} imports {first[2]}; {count} import line(s) in all)"


@pytest.fixture(scope="module")
def edges():
    return app_dependencies()


def test_no_import_cycle_between_apps(edges):
    problems = []
    for group in cycles(edges):
        members = set(group)
        arrows = [describe(edges, a, b) for a in group for b in edges[a] if b in members]
        problems.append(f"cycle between {', '.join(group)}: " + "; ".join(arrows))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("app", "allowed", "why"), ONLY, ids=[rule[0] for rule in ONLY])
def test_an_app_imports_only_what_it_builds_on(edges, app, allowed, why):
    forbidden = [describe(edges, app, other) for other in sorted(edges[app]) if other not in allowed]
    assert not forbidden, f"{why}:\n" + "\n".join(forbidden)


@pytest.mark.parametrize(("app", "why"), IMPORTED_BY_NOBODY, ids=[rule[0] for rule in IMPORTED_BY_NOBODY])
def test_no_app_imports_a_consumer_app(edges, app, why):
    importers = [describe(edges, other, app) for other in sorted(edges) if app in edges[other]]
    assert not importers, f"{why}:\n" + "\n".join(importers)


def test_no_app_imports_the_settings_or_url_modules(edges):
    importers = [describe(edges, app, "config") for app in sorted(edges) if "config" in edges[app]]
    assert not importers, "apps read settings through django.conf.settings:\n" + "\n".join(importers)


def test_every_app_folder_is_scanned():
    """A renamed or new app folder must be added to APPS, or its imports would go unchecked."""
    for _app, (folder, _package) in APPS.items():
        assert (ROOT / folder / "apps.py").exists(), folder
    scanned = {folder for folder, _package in APPS.values()}
    app_folders = {str(path.parent.relative_to(ROOT)) for path in ROOT.glob("*/apps.py")}
    app_folders |= {str(path.parent.relative_to(ROOT)) for path in ROOT.glob("site/*/apps.py")}
    app_folders |= {str(path.parent.relative_to(ROOT)) for path in ROOT.glob("*/*/apps.py")}
    assert app_folders - {"site/config"} <= scanned


def test_the_check_sees_a_cycle_hidden_in_a_function_and_a_relative_import(tmp_path):
    """The guard itself can fail: two apps importing each other, one lazily and one relatively."""
    (tmp_path / "alpha" / "views").mkdir(parents=True)
    (tmp_path / "beta").mkdir()
    (tmp_path / "alpha" / "views" / "__init__.py").write_text("from ..models import Thing\n")
    (tmp_path / "alpha" / "models.py").write_text("def ready():\n    from beta.services import act\n")
    (tmp_path / "beta" / "services.py").write_text("from alpha import models\n")
    apps = {"alpha": ("alpha", "alpha"), "beta": ("beta", "beta")}
    edges = app_dependencies(root=tmp_path, apps=apps, config=("config", "config"))
    assert cycles(edges) == [["alpha", "beta"]]
    assert "alpha" not in edges["alpha"]  # the relative import stays inside its app


def test_page_choosers_come_from_core_widgets():
    """Wagtail's own PageChooserPanel bakes "Choose a page (Type)" into the language of whoever built the
    form first; core.widgets.PageChooserPanel follows each reader's language. No app uses Wagtail's."""
    wagtails = "wagtail.admin.panels.PageChooserPanel"
    found = []
    for _app, (folder, _package) in APPS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "site/core/widgets.py" or "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            module = package_of(ROOT, path)
            names = imported_names(tree, module, path.name == "__init__.py")
            found += [f"{path.relative_to(ROOT)}:{line}" for name, line in names if name == wagtails]
    assert not found, f"use core.widgets.PageChooserPanel instead of Wagtail's in {', '.join(found)}"
