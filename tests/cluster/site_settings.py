"""Settings of the cluster test's hosts, workers and scheduler: production's, over plain HTTP on loopback.

Everything that makes production production stays: PostgreSQL, Redis for the default and page caches,
the database task backend run by `db_worker`, SMTP e-mail, rate limits, the page cache. Only what a
loopback test cannot have is changed: no TLS (no redirect, no Secure cookies, no HSTS), static files
without the collectstatic manifest, and shorter outbox and scheduler delays so the test sees them."""

from config.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A killed worker's e-mails are picked up within seconds, not minutes.
OUTBOX_UNSENT_AFTER_SECONDS = 5
OUTBOX_STALE_CLAIM_SECONDS = 20
SCHEDULER_PERIODS = {"outbox-retry": 2, "search-retry": 5}
ELASTICSEARCH_REPLICAS = 1  # two nodes: every shard on both
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
