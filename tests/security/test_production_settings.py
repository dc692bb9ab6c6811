"""Production never runs on development defaults: it refuses to start without real e-mail and its public
address, servers never fall back to development settings, and the cache is shared by every worker."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.core.cache import CacheHandler
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "park.example.vn",
    "DATABASE_URL": "postgres://park:secret@127.0.0.1:5432/park",
    "EMAIL_URL": "smtp://mailer:secret@mail.example.vn:587?tls=1",
    "WAGTAILADMIN_BASE_URL": "https://park.example.vn",
}
CONFIGURATION = {*PRODUCTION, "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
PRINT_SETTINGS = (
    "import django, json; django.setup(); from django.conf import settings; "
    "from django.core.cache import caches; caches['default']._cache if settings.REDIS_URL else None; "
    "print(json.dumps({'email': settings.EMAIL_BACKEND, 'base_url': settings.WAGTAILADMIN_BASE_URL, "
    "'cache': settings.CACHES['default'], 'pages': settings.CACHES['pages'], 'tasks': settings.TASKS['default'], "
    "'debug': settings.DEBUG}))"
)


def run_python(code, settings_module="config.settings.production", **environment):
    """Run `code` in a fresh interpreter with only `environment` as the site's configuration."""
    env = {key: value for key, value in os.environ.items() if key not in CONFIGURATION}
    if settings_module:
        env["DJANGO_SETTINGS_MODULE"] = settings_module
    env.update(environment, PYTHONPATH=f"{REPOSITORY}{os.pathsep}{REPOSITORY / 'site'}")
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120
    )


def production_settings(**environment):
    result = run_python(PRINT_SETTINGS, **environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_real_email_to_the_configured_server():
    found = production_settings(**PRODUCTION)
    assert found["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert found["base_url"] == "https://park.example.vn"


@pytest.mark.parametrize("missing", ["EMAIL_URL", "WAGTAILADMIN_BASE_URL"])
def test_production_refuses_to_start_without_email_or_public_address(missing):
    environment = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = run_python(PRINT_SETTINGS, **environment)
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


@pytest.mark.parametrize("url", ["console://", "locmem://", "dummy://"])
def test_production_refuses_email_that_goes_nowhere(url):
    result = run_python(PRINT_SETTINGS, **{**PRODUCTION, "EMAIL_URL": url})
    assert result.returncode != 0
    assert "EMAIL_URL must send real e-mail in production" in result.stderr


@pytest.mark.parametrize("url", ["park.example.vn", "ftp://park.example.vn", "https://"])
def test_production_refuses_a_public_address_that_is_not_a_web_address(url):
    result = run_python(PRINT_SETTINGS, **{**PRODUCTION, "WAGTAILADMIN_BASE_URL": url})
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be set in production" in result.stderr


@pytest.mark.parametrize("entry_point", ["config.wsgi", "config.asgi"])
def test_a_server_without_a_settings_module_runs_production_never_development(entry_point):
    code = f"import {entry_point}; from django.conf import settings; print(settings.SETTINGS_MODULE, settings.DEBUG)"
    refused = run_python(code, settings_module=None)
    assert refused.returncode != 0
    assert "SECRET_KEY must be set" in refused.stderr  # production's own refusal, not a quiet dev server
    served = run_python(code, settings_module=None, **PRODUCTION)
    assert served.returncode == 0, served.stderr
    assert served.stdout.split() == ["config.settings.production", "False"]


def test_manage_py_keeps_development_settings_for_make_run():
    env = {key: value for key, value in os.environ.items() if key not in CONFIGURATION}
    command = [sys.executable, "manage.py", "diffsettings"]
    result = subprocess.run(command, cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert "DEBUG = True" in result.stdout


def test_production_shares_its_cache_through_the_database_without_redis():
    cache = production_settings(**PRODUCTION)["cache"]
    assert cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_production_uses_redis_when_redis_url_is_set():
    cache = production_settings(**PRODUCTION, REDIS_URL="redis://cache.example.vn:6379/1")["cache"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.example.vn:6379/1"


def test_production_shares_the_page_cache_between_hosts_through_redis_or_the_database():
    """Two app hosts must see one page-cache generation: a publish through one empties both."""
    with_redis = production_settings(**PRODUCTION, REDIS_URL="redis://cache.example.vn:6379/1")
    assert with_redis["pages"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert with_redis["pages"]["LOCATION"] == "redis://cache.example.vn:6379/1"
    assert with_redis["pages"]["KEY_PREFIX"] != with_redis["cache"]["KEY_PREFIX"]
    without = production_settings(**PRODUCTION)["pages"]
    assert without["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_production_queues_tasks_in_the_database_for_the_worker():
    """E-mails are not sent inside the web request in production: a `db_worker` process runs them."""
    assert production_settings(**PRODUCTION)["tasks"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


@pytest.mark.django_db
def test_createcachetable_makes_the_production_cache_shared_through_the_database():
    """`createcachetable` (a deploy step) creates production's cache table; values live in the database,
    so what one worker clears (cached transparency figures after a target edit) is gone for all."""
    production_cache = production_settings(**PRODUCTION)["cache"]
    with override_settings(CACHES={"default": production_cache}):
        call_command("createcachetable", verbosity=0)
        assert production_cache["LOCATION"] in connection.introspection.table_names()
        cache = CacheHandler()["default"]
        cache.set("transparency:figures:vi", "old figures", 600)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {production_cache['LOCATION']}")  # noqa: S608 - our table name
            assert cursor.fetchone()[0] == 1
        cache.delete("transparency:figures:vi")
        assert cache.get("transparency:figures:vi") is None
