"""Settings shared by every environment. Environment-specific modules only override what differs.

Every value that varies between machines is read from the environment (see CONTRACT.md).
"""

from pathlib import Path

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE

from .environment import email_settings, env_int, env_list, env_str, storage_settings

# site/config/settings/base.py -> the repository root is three levels above site/.
SITE_ROOT = Path(__file__).resolve().parents[2]
BASE_DIR = SITE_ROOT.parent

# --- Core ------------------------------------------------------------------------------------
# Development default only; production.py refuses to start without SECRET_KEY in the environment.
SECRET_KEY = env_str("SECRET_KEY", "insecure-development-key-never-used-in-production")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations take precedence.
    "core",
    "accounts",
    "home",
    "transparency",
    "investors",
    "investors.applications",
    "land",
    "land.visits",
    "training",
    "ratings",
    "search",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",  # editors' promoted results; its Query log feeds the search report
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts and security
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    # Other third-party
    "django_filters",
    # Country fields with the ISO 3166 list in the page's language; phone fields stored in E.164
    "django_countries",
    "phonenumber_field",
    # The database task backend's tables and `db_worker` command (production's TASKS; docs/deployment.md)
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public pages from the page cache, before sessions and views run (docs/architecture.md).
    "core.page_cache.middleware.AnonymousPageCacheMiddleware",
    "core.middleware.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Staff pass a second factor before any admin page (accounts/two_factor.py).
    "accounts.two_factor.StaffTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes last, as its documentation asks, so it sees the final authentication result.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Database ----------------------------------------------------------------------------------
# DATABASE_URL selects the database; the embedded default is an SQLite file beside the code.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Caches ------------------------------------------------------------------------------------
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "dalat-software-park",
    },
    # Whole pages for anonymous visitors (core.page_cache). Files, so every worker on the host sees an
    # invalidation at once; several hosts would point this at a shared Redis or Memcached instead.
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("PAGE_CACHE_LOCATION", str(BASE_DIR / "var" / "page-cache")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
PAGE_CACHE_ALIAS = "pages"
# Seconds a cached page lives at most (content changes invalidate sooner); 0 turns the page cache off.
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 300)
# Frequent minor changes (seats left after a registration) reach cached pages within this many seconds,
# so a rush of registrations empties the cache once per window rather than once per registration.
PAGE_CACHE_COALESCE_SECONDS = env_int("PAGE_CACHE_COALESCE_SECONDS", 10)
# Paths never cached even for anonymous visitors (regular expressions; forms and personal pages also
# skip the cache by themselves because they set a cookie).
PAGE_CACHE_EXCLUDED_PATHS = [
    r"^/[\w-]+/(account|apply|certificates|decisions|registrations)/",
    r"/register/",
]

# --- Accounts ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Axes first so a locked-out address is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_dashboard"

# django-allauth: the e-mail address is the login; it must be verified before signing in.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupProfileForm"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = format_lazy("[{}] ", _("Da Lat Software Park"))  # in the reader's language
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env_str("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "http")
# "key" is the (account, address) pair (accounts/adapter.py), never the account alone.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"

# The client address behind reverse proxies (accounts/client_address.py), for lockout and rate limits:
# how many proxies we run in front of the app. 0 (default): REMOTE_ADDR; X-Forwarded-For is ignored.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# django-axes: lock an (account, address) pair after repeated failures, whatever form they came through;
# an attempt naming no account is not counted, so nothing ever locks an address alone (accounts/lockout.py).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "email"
AXES_USERNAME_CALLABLE = "accounts.lockout.account_name"
AXES_WHITELIST_CALLABLE = "accounts.lockout.names_no_account"
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_VERBOSE = False

# One sign-in path: Wagtail's admin and restricted pages send people to allauth's sign-in, and
# passwords are reset (and e-mail addresses changed) only through allauth, which verifies them.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# Two-factor (allauth.mfa): staff must use an authenticator app before any admin page
# (accounts/two_factor.py); recovery codes for a lost phone. Security keys (WebAuthn) are not offered.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
MFA_TOTP_ISSUER = "Da Lat Software Park"
MFA_TOTP_TOLERANCE = 1  # also accept the code of the previous and next 30 seconds (phone clock drift)

# --- Sessions and rate limits ------------------------------------------------------------------
# Sessions in the database through a store that refuses to write a session over SESSION_MAX_BYTES
# (encoded): sign-in state and flow markers need a few kilobytes; visitor input never goes there.
SESSION_ENGINE = "core.session_store"
SESSION_MAX_BYTES = env_int("SESSION_MAX_BYTES", 64 * 1024)
# Requests per key (the signed-in user, otherwise the client address) on public write and costly
# endpoints, counted by django-ratelimit in the "default" cache (shared by every worker and host when
# it points at Redis). Over the limit: the translated 429 page (JSON for suggestions) with Retry-After.
# A group missing here is not limited. Rates read "count/period", period s, m, h or d.
RATE_LIMITS = {
    "search": "30/m",  # /<lang>/search/: a full-text query with facets
    "search_suggest": "60/m",  # /<lang>/search/suggest/: as-you-type, one request per pause in typing
    "certificate_lookup": "20/m",  # /<lang>/certificates/ and /<lang>/certificates/<code>/ (each logged)
    "application_wizard": "30/m",  # POSTs to the application wizard's steps and document uploads
    "application_message": "10/m",  # an applicant posting a message on their application
    "deletion_request": "3/h",  # POSTs asking for personal data to be erased
    "decision_lookup": "20/m",  # /<lang>/decisions/<code>/: public check of a decision letter
}
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "accounts.client_address.client_address"  # the same address as the sign-in lockout
RATELIMIT_FAIL_OPEN = True  # a broken cache lets requests through rather than refusing everyone
MIDDLEWARE += ["core.ratelimits.RateLimitMiddleware"]  # Ratelimited -> 429 (not 403)
# allauth limits its own forms; sign-up per address over a sliding hour (a classroom signing up together fits).
ACCOUNT_RATE_LIMITS = {**ACCOUNT_RATE_LIMITS, "signup": "30/h/ip"}
# `manage.py daily_maintenance` deletes sign-in logs (addresses, browsers) older than this many days.
SIGN_IN_LOG_RETENTION_DAYS = env_int("SIGN_IN_LOG_RETENTION_DAYS", 90)

# --- Internationalisation ----------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
# The admin overrides come first: LOCALE_PATHS win over app catalogues, and the first path wins among
# them. They correct Wagtail's and Django's Vietnamese where it is missing or wrong (docs/architecture.md).
LOCALE_PATHS = [BASE_DIR / "site" / "core" / "overrides" / "locale", BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
# Dates "29/11/2026" (vi) and "29 Nov 2026" (en), numbers "4.500.000" / "4,500,000": docs/style-vi.md.
# Grouping is applied by the `formatting` template filters (core/formatting.py), not globally, so years,
# codes and numbers inside attributes stay plain.
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# --- Static and media files --------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
# Front-end sources (static/) are collected into var/static/ for serving.
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Application documents live here; no URL serves this folder, only permission-checked views.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private_media")))
# Files: the two folders above, or an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set
# (storage_settings; docs/deployment.md, "Object storage"). STORAGES["private"] never gives a URL.
STORAGES = storage_settings(static_backend="whitenoise.storage.CompressedManifestStaticFilesStorage")
# Wagtail documents are always streamed by its serve view, which checks collection restrictions; with
# a bucket it would otherwise redirect to the object's plain URL, readable by anyone who has it.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Personal data ----------------------------------------------------------------------------
# Years a decided application (or a finished training record) is kept, without the person's
# identity, after they ask for erasure; stated on the request page. To be confirmed against the
# archive law's retention schedule (docs/personal-data.md).
PERSONAL_DATA_RETENTION_YEARS = env_int("PERSONAL_DATA_RETENTION_YEARS", 10)

# --- E-mail ------------------------------------------------------------------------------------
# EMAIL_URL, e.g. smtp://user:password@host:587?tls=1, or console:// for development.
EMAIL_URL = env_str("EMAIL_URL", "console://")
globals().update(email_settings(EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Da Lat Software Park <no-reply@dalat-software-park.vn>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = 10

# --- Security headers --------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# Scripts only from this site or with the per-request nonce; never inline handlers.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Da Lat Software Park"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "zip", "png", "jpg", "dwg", "dxf"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Search quality report (issue 19): keep 30 days of query counts (`searchpromotions_garbage_collect`).
WAGTAILSEARCH_HITS_MAX_AGE = 30
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
# No requests to other hosts from the admin: no avatars from Gravatar, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Search ------------------------------------------------------------------------------------
# Unset: the database search path. Set: Elasticsearch 8.x through elasticsearch-dsl.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "dalat")
ELASTICSEARCH_TIMEOUT = env_int("ELASTICSEARCH_TIMEOUT", 5)
# Copies of each shard on other nodes: 0 for one node (development, CI), 1 or more for a cluster, so
# losing a node loses no search. Applies to indices created from then on (`search_index --rebuild`).
ELASTICSEARCH_REPLICAS = env_int("ELASTICSEARCH_REPLICAS", 0)

# --- Background tasks --------------------------------------------------------------------------
# Development and tests run a task at once, in the process that enqueued it; production queues tasks
# in the database for the `db_worker` processes (production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Logging -----------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per background task run is noise at INFO.
        "django_tasks": {"level": "WARNING"},
    },
}

# Demo accounts are only ever created where this is True (dev settings).
DEMO_ACCOUNTS_ENABLED = False
SITE_TITLE = _("Da Lat Software Park")

# --- Public file tracking (/<lang>/track/, investors/applications/tracking.py) -------------------------
# Look-ups per address (each checks a hashed PIN) and new-PIN e-mails per address.
RATE_LIMITS = {**RATE_LIMITS, "track_lookup": "10/m", "track_pin_resend": "5/h"}

# --- Satisfaction ratings (site/ratings, docs/ratings.md) ------------------------------------------
# Days an e-mailed rating link stays valid; afterwards the account page still offers the rating.
RATINGS_LINK_MAX_AGE_DAYS = env_int("RATINGS_LINK_MAX_AGE_DAYS", 90)
RATE_LIMITS["rating_answer"] = "20/m"  # POSTs of the rating form
# --- Countries and phone numbers (django-countries, django-phonenumber-field; core/phones.py) ----
# Vietnam heads every country list; a number typed without a country code is read as Vietnamese and
# stored in E.164 (+842633821234).
COUNTRIES_FIRST = ["VN"]
COUNTRIES_FIRST_REPEAT = False
PHONENUMBER_DEFAULT_REGION = "VN"
PHONENUMBER_DB_FORMAT = "E164"
# --- Site visits and parcel enquiries (land/visits, docs/visits.md) --------------------------------
RATE_LIMITS = {**RATE_LIMITS, "visit_booking": "10/h", "visit_link": "30/h", "parcel_enquiry": "5/h"}
# --- The contact page (site/home/models/contact.py; its question form is land/visits') -------------
RATE_LIMITS = {**RATE_LIMITS, "contact_enquiry": "5/h"}  # POSTs of the contact page's question form
