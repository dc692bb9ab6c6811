"""Security headers on every response, and production settings that refuse to be insecure."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/", "/vi/", "/en/account/login/", "/healthz", "/en/no-such-page/"])
def test_every_response_carries_the_security_headers(client, site_tree, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    script_sources = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_sources
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def run_with_production_settings(command, **environment):
    env = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **environment)
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *command], cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120
    )


SECURE_ENVIRONMENT = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "park.example.vn",
    "DATABASE_URL": "postgres://park:secret@127.0.0.1:5432/park",
    "EMAIL_URL": "smtp://mailer:secret@mail.example.vn:587?tls=1",
    "WAGTAILADMIN_BASE_URL": "https://park.example.vn",
}


def test_production_settings_pass_the_deployment_checklist():
    result = run_with_production_settings(["check", "--deploy", "--fail-level", "WARNING"], **SECURE_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("SECRET_KEY", "SECRET_KEY must be set"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must list"),
    ],
)
def test_production_refuses_to_start_without_required_settings(missing, message):
    environment = {key: value for key, value in SECURE_ENVIRONMENT.items() if key != missing}
    result = run_with_production_settings(["check"], **environment)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_sqlite():
    result = run_with_production_settings(
        ["check"], **{**SECURE_ENVIRONMENT, "DATABASE_URL": "sqlite:////tmp/park.sqlite3"}
    )
    assert result.returncode != 0
    assert "must point to PostgreSQL" in result.stderr


def test_production_sends_hsts_over_https():
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "response = Client().get('/healthz', secure=True, HTTP_HOST='park.example.vn');"
        "print(response.headers.get('Strict-Transport-Security'))"
    )
    env = {
        **os.environ,
        **SECURE_ENVIRONMENT,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "PYTHONPATH": f"{REPOSITORY}:{REPOSITORY / 'site'}",
    }
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120)  # noqa: S603
    assert "max-age=31536000; includeSubDomains; preload" in result.stdout, result.stderr


@pytest.mark.django_db
def test_only_the_staff_admin_allows_inline_scripts(client, site_tree):
    from tests.factories.accounts import StaffFactory, sign_in_staff

    sign_in_staff(client, StaffFactory(is_superuser=True))
    admin = client.get("/admin/")
    assert admin.status_code == 200
    admin_policy = admin["Content-Security-Policy"]
    public_policy = client.get("/en/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in admin_policy
    assert "'unsafe-inline'" not in next(part for part in public_policy.split(";") if "script-src" in part)
    assert "frame-ancestors 'none'" in admin_policy


def assert_common_security_headers(response):
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.fixture
def pages_of_every_kind(site_tree):
    """A land page and parcel, a policy page, and an application document its applicant may download."""
    from investors.applications.models import ApplicationDocument
    from land.demo.seeding import seed_pages
    from tests.factories.applications import ApplicationFactory, add_required_documents
    from tests.factories.investors import PolicyIndexPageFactory, PolicyPageFactory
    from tests.factories.land import ParcelFactory

    _land_vi, land_en = seed_pages(site_tree)
    ParcelFactory(code="A-12")
    policy = PolicyPageFactory(parent=PolicyIndexPageFactory(parent=site_tree["en"]))
    application = ApplicationFactory()
    add_required_documents(application)
    document = ApplicationDocument.objects.filter(application=application).first()
    download = f"/en/apply/{application.public_id}/documents/{document.pk}/"
    urls = [land_en.url, f"{land_en.url}a-12/", f"{land_en.url}parcels.csv", policy.url, "/en/search/suggest/?q=tax"]
    return {"public": urls, "download": download, "applicant": application.applicant}


@pytest.mark.django_db
def test_land_policy_search_json_and_open_data_carry_the_security_headers(client, pages_of_every_kind):
    for url in pages_of_every_kind["public"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_common_security_headers(response)
        script_sources = next(p for p in response["Content-Security-Policy"].split(";") if "script-src" in p)
        assert "'unsafe-inline'" not in script_sources, url


@pytest.mark.django_db
def test_a_private_document_download_is_never_cached_or_sniffed(client, pages_of_every_kind):
    client.force_login(pages_of_every_kind["applicant"])
    response = client.get(pages_of_every_kind["download"])
    assert response.status_code == 200
    assert_common_security_headers(response)
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_admin_sign_in_page_carries_the_security_headers(client, site_tree):
    response = client.get("/admin/login/", follow=True)  # the admin signs in through the site's sign-in
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/vi/account/login/")
    assert_common_security_headers(response)
