"""Axe finds no serious or critical accessibility problem on any public page type or account page, in both languages.

Public pages are checked as an anonymous visitor; the account pages (dashboard, an investment application, a step
of the application form, a cohort's registration form) as a signed-in user.
"""

from django.urls import reverse
from django.utils import translation

import pytest

pytestmark = pytest.mark.e2e

BLOCKING_IMPACTS = {"serious", "critical"}
ESTIMATE = "sector=software_production&capital_usd=2000000&employees=50&annual_revenue_usd=1000000&profit_margin=20"
LAND_FILTERS = "zone=A&status=available&area_min=1000&sort=-area"
NO_RESULTS_QUERY = "xqzvwk"
DEMO_INVESTOR = "investor@demo.dalatpark.vn"


# Colours are measured once finite animations end (Wagtail's messages fade in after an action).
SETTLE_ANIMATIONS = """() => Promise.all(document.getAnimations()
    .filter(animation => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
    .map(animation => animation.finished.catch(() => null)))"""


def _blocking_violations(tab):
    from axe_playwright_python.sync_playwright import Axe

    tab.evaluate(SETTLE_ANIMATIONS)
    results = Axe().run(tab)
    return [violation for violation in results.response["violations"] if violation["impact"] in BLOCKING_IMPACTS]


def _describe(name, path, violation):
    targets = "; ".join(", ".join(node["target"]) for node in violation["nodes"][:5])
    return f"{name} {path}: [{violation['impact']}] {violation['id']} — {violation['help']} — at {targets}"


def _check(tab, pages):
    """Open every (name, path, expected status, selector that proves the page is the one meant); return problems."""
    problems = []
    for name, path, status, proof in pages:
        response = tab.goto(path)
        if response.status != status:
            problems.append(f"{name} {path} answered {response.status}, not {status}")
            continue
        if proof and tab.locator(proof).count() == 0:
            problems.append(f"{name} {path} does not show {proof}")
        problems += [_describe(name, path, violation) for violation in _blocking_violations(tab)]
    return problems


def _compare_codes():
    from land.models import Parcel

    return ",".join(code.lower() for code in Parcel.objects.public().in_code_order().values_list("code", flat=True)[:2])


def _public_pages(paths, language):
    with translation.override(language):
        lookup, password_reset = reverse("training:certificate_lookup"), reverse("account_reset_password")
        search = reverse("search")
    missing = "/vi/trang-khong-ton-tai/" if language == "vi" else "/en/no-such-page/"
    return [
        ("home", paths.home, 200, "main"),
        ("standard page", paths.about, 200, "main h1"),
        ("news index", paths.news_index, 200, "main h1"),
        ("news article", paths.news_article, 200, "main h1"),
        ("land list with filters", f"{paths.land_list}?{LAND_FILTERS}", 200, "main h1"),
        ("parcel", paths.parcel, 200, "main h1"),
        ("site plan", paths.site_plan, 200, "main svg"),
        ("compare", f"{paths.compare}?codes={_compare_codes()}", 200, "main table"),
        ("policies", paths.policies, 200, "main h1"),
        ("policy", paths.policy, 200, "main h1"),
        ("estimator", paths.estimator, 200, "main form"),
        ("estimate", f"{paths.estimator}?{ESTIMATE}&area_m2=5000&years=10", 200, "main .estimate-table"),
        ("programmes", paths.programmes, 200, "main h1"),
        ("programme", paths.programme, 200, "main .training-cohorts"),
        ("search results", paths.search, 200, "main .search-result"),
        ("search without results", f"{search}?q={NO_RESULTS_QUERY}", 200, "main .search-empty"),
        ("certificate lookup", lookup, 200, "main input[name=code]"),
        ("certificate", paths.certificate, 200, "main .training-status--valid"),
        ("transparency", paths.transparency, 200, "main h1"),
        ("sign in", paths.sign_in, 200, "main input[name=login]"),
        ("sign up", paths.sign_up, 200, "main input[name=password1]"),
        ("password reset", password_reset, 200, "main input[name=email]"),
        *_public_service_pages(language),
        ("not found", missing, 404, "main h1"),
    ]


def _public_service_pages(language):
    """The privacy notice, terms, accessibility statement (from the footer's setting) and file tracking."""
    from home.models import LegalPages

    with translation.override(language):
        legal = LegalPages.load().footer_links()
        track = reverse("track_application")
    return [(page.title, page.url, 200, "main h1") for page in legal] + [
        ("track a file", track, 200, "main input[name=pin]")
    ]


def _investor_application_path():
    """The demo investor's application waiting for their answer (the page with the most on it), else any."""
    from investors.applications.models import InvestmentApplication

    applications = InvestmentApplication.objects.filter(applicant__email=DEMO_INVESTOR).exclude(status="draft")
    application = applications.filter(status="info_requested").first() or applications.order_by("pk").first()
    return reverse("application_detail", args=[application.public_id])


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_public_page_type_has_no_serious_or_critical_axe_violations(page, demo, language):
    problems = _check(page, _public_pages(demo[language], language))

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_account_pages_have_no_serious_or_critical_axe_violations(page, demo, language):
    paths = demo[language]
    demo.sign_in(page, DEMO_INVESTOR, language=language)
    with translation.override(language):
        application = _investor_application_path()
    problems = _check(
        page,
        [
            ("account dashboard", paths.account, 200, "main .panel"),
            ("application", application, 200, "main h1"),
            ("cohort registration", paths.cohort, 200, "main form textarea[name=motivation]"),
        ],
    )

    page.context.clear_cookies()
    demo.sign_in(page, demo.create_user(language=language).email, language=language)
    page.goto(paths.apply)  # a new user's draft: the first step of the application form
    problems += _check(page, [("application form step", page.url.removeprefix(demo.url), 200, "main form")])

    assert not problems, "\n".join(problems)
