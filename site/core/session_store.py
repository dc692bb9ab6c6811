"""Database sessions with a size cap (`SESSION_ENGINE = "core.session_store"`).

A session holds who is signed in and a few small flow markers (allauth's sign-in stages, Wagtail's
view restrictions, messages that overflow their cookie). Nothing the site keeps needs more than a few
kilobytes, so a session whose encoded data exceeds `SESSION_MAX_BYTES` is not written: the row keeps
what it held before (a new session is simply not created) and a warning names the largest keys. One
code path writing visitor input into a session can then no longer grow the table by megabytes per
request.
"""

import logging

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

logger = logging.getLogger(__name__)


class SessionStore(DatabaseSessionStore):
    """Django's database session store, refusing to write sessions larger than `SESSION_MAX_BYTES`."""

    def save(self, must_create=False):
        if self.session_key is not None:
            data = self._get_session(no_load=must_create)
            encoded = self.encode(data)
            if len(encoded) > settings.SESSION_MAX_BYTES:
                self._refuse(data, len(encoded))
                return
        super().save(must_create=must_create)

    @staticmethod
    def _refuse(data, size):
        largest = sorted(data, key=lambda key: len(repr(data[key])), reverse=True)[:3]
        logger.warning(
            "Session not saved: %d bytes is over SESSION_MAX_BYTES (%d); largest keys: %s",
            size,
            settings.SESSION_MAX_BYTES,
            ", ".join(largest),
        )
