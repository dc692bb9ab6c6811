"""Axe finds no serious or critical accessibility problem on the pages a visitor meets first, in both languages."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BLOCKING_IMPACTS = {"serious", "critical"}


def _blocking_violations(tab):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab)
    return [violation for violation in results.response["violations"] if violation["impact"] in BLOCKING_IMPACTS]


def _describe(name, path, violation):
    targets = "; ".join(", ".join(node["target"]) for node in violation["nodes"][:5])
    return f"{name} {path}: [{violation['impact']}] {violation['id']} — {violation['help']} — at {targets}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_first_pages_have_no_serious_or_critical_axe_violations(page, demo_site, language):
    problems = []
    for name, path in demo_site[language].items():
        response = page.goto(path)
        assert response.status == 200, f"{name} {path} answered {response.status}"
        problems += [_describe(name, path, violation) for violation in _blocking_violations(page)]

    assert not problems, "\n".join(problems)
