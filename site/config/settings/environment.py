"""Typed readers for environment variables, so every setting says what it expects."""

import os

from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=None):
    """Return the variable as text, or `default` when it is unset or empty."""
    value = os.environ.get(name, "")
    return value if value != "" else default


def env_bool(name, default=False):
    """Return True for 1/true/yes/on (any case), False for 0/false/no/off."""
    value = env_str(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name, default):
    """Return the variable as an integer, failing loudly on anything else."""
    value = env_str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from error


def env_list(name, default=()):
    """Return a comma-separated variable as a list of stripped, non-empty items."""
    value = env_str(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def email_settings(url):
    """Translate EMAIL_URL (smtp://user:pass@host:port?tls=1, console://, locmem://) to settings."""
    from urllib.parse import parse_qs, unquote, urlsplit

    parts = urlsplit(url)
    backends = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
    }
    if parts.scheme not in backends:
        raise ImproperlyConfigured(f"EMAIL_URL scheme must be one of {sorted(backends)}, not {parts.scheme!r}")
    query = parse_qs(parts.query)
    return {
        "EMAIL_BACKEND": backends[parts.scheme],
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": query.get("tls", ["0"])[0] in {"1", "true"},
        "EMAIL_USE_SSL": parts.scheme == "smtps",
    }


def storage_settings(static_backend):
    """STORAGES: the file system (MEDIA_ROOT, PRIVATE_MEDIA_ROOT), or with AWS_STORAGE_BUCKET_NAME an
    S3-compatible object store (django-storages) that every app host shares.

    In the bucket, public media (images, renditions) live under `media/` with plain URLs (the bucket's
    policy lets anyone read `media/*`, nothing else); private files (application documents, decision
    letters) under `private/` of AWS_PRIVATE_STORAGE_BUCKET_NAME (the same bucket by default), written
    with the private ACL and never given a URL: the app streams them after its access check."""
    bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    if bucket is None:
        return {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "private": {"BACKEND": "core.storage.PrivateFileSystemStorage"},
            "staticfiles": {"BACKEND": static_backend},
        }
    connection = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),  # e.g. https://s3.example.vn for MinIO, Ceph…
        "region_name": env_str("AWS_S3_REGION_NAME"),
        "access_key": env_str("AWS_ACCESS_KEY_ID"),  # unset: boto3's own chain (instance role…)
        "secret_key": env_str("AWS_SECRET_ACCESS_KEY"),
        "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE"),  # "path" for most self-hosted stores
        "file_overwrite": False,  # a second upload of one name gets a new name, never replaces a file
    }
    connection = {key: value for key, value in connection.items() if value is not None}
    public = {
        **connection,
        "bucket_name": bucket,
        "location": "media",
        "default_acl": None,  # readable through the bucket policy on media/*
        "querystring_auth": False,
        "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),  # a CDN in front of media/, if any
    }
    private = {
        **connection,
        "bucket_name": env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME", bucket),
        "location": "private",
        "default_acl": "private",
        "querystring_auth": True,
        "custom_domain": None,
    }
    return {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": public},
        "private": {"BACKEND": "core.storage.PrivateS3Storage", "OPTIONS": private},
        "staticfiles": {"BACKEND": static_backend},
    }
