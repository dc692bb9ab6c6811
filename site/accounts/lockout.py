"""How django-axes names the account in a failed sign-in, so it locks an (account, address) pair.

Each sign-in form names its account field differently: allauth's form posts `login` and authenticates
with `email=`, Django's and Wagtail's forms post and authenticate with `username`. Axes is told to read
the account here, from whichever field is present, lower-cased and stripped, so `A@x.com` and
`a@x.com` share one counter whatever form they came through.
"""

ACCOUNT_FIELDS = ("email", "username", "login")
# AccessAttempt.username is a 255-character column.
MAX_ACCOUNT_LENGTH = 255


def account_name(request, credentials=None):
    """AXES_USERNAME_CALLABLE: the account a sign-in attempt is for, normalised, or None if it names none.

    Credentials (what the form passed to `authenticate()`) come first; the posted form is the fallback.
    """
    sources = [credentials or {}, getattr(request, "POST", None) or {}]
    for source in sources:
        for field in ACCOUNT_FIELDS:
            value = source.get(field)
            if isinstance(value, str) and value.strip():
                return value.replace("\x00", "").strip().lower()[:MAX_ACCOUNT_LENGTH] or None
    return None


def names_no_account(request, credentials=None):
    """AXES_WHITELIST_CALLABLE: an attempt that names no account is neither recorded nor locked.

    Such an attempt cannot sign anyone in, and counting it would build a counter for the address alone:
    the very lock that shuts out every other account behind the same address (or the same proxy).
    """
    return account_name(request, credentials) is None
