"""Production: refuses to start without a secret key, host names, a real database, real e-mail and
its public address; uses a cache shared by every worker."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import email_settings, env_bool, env_int, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters.")
if not env_str("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names this site answers to.")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL in production, not SQLite.")

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
DEMO_ACCOUNTS_ENABLED = False

# --- E-mail and public address: no silent development defaults -------------------------------
# Console, in-memory or dummy e-mail would swallow every notification (sign-up, decisions, waitlist).
EMAIL_URL = env_str("EMAIL_URL")
if not EMAIL_URL:
    raise ImproperlyConfigured("EMAIL_URL must be set in production, e.g. smtp://user:password@host:587?tls=1.")
if urlsplit(EMAIL_URL).scheme not in {"smtp", "smtps"}:
    raise ImproperlyConfigured(
        f"EMAIL_URL must send real e-mail in production (smtp:// or smtps://), not {urlsplit(EMAIL_URL).scheme}://."
    )
globals().update(email_settings(EMAIL_URL))
# Links in e-mails and the admin point here; the development default (127.0.0.1:8000) would be wrong.
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL")
_public_address = urlsplit(WAGTAILADMIN_BASE_URL or "")
if _public_address.scheme not in {"http", "https"} or not _public_address.hostname:
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be set in production to the site's public address, e.g. https://park.example.vn."
    )

# --- Shared cache --------------------------------------------------------------------------------
# Every worker and host must see the same caches: cached figures cleared on an edit, rate-limit
# counters, and the page cache's generation and pages (so a publish through one host is served fresh
# by all). Redis when REDIS_URL is set; otherwise tables in the database (`manage.py createcachetable`).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "dalat",
    }
    CACHES["pages"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "dalat-pages",
    }
else:
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "dalat_cache",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
    CACHES["pages"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "dalat_page_cache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }

# --- Background tasks ------------------------------------------------------------------------------
# E-mails (and other tasks) are queued in the database and run by `manage.py db_worker` processes
# (Procfile `worker`); the web request only records them. docs/deployment.md lists the processes.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
