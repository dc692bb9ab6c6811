"""Where private files (application documents, decision letters) are kept: never behind a public URL.

`STORAGES["private"]` names one of these (config/settings/environment.py, `storage_settings`): the
file system under PRIVATE_MEDIA_ROOT by default, or an S3-compatible bucket when
AWS_STORAGE_BUCKET_NAME is set. Either way `url()` refuses: a private file reaches a person only
through a view that checked their right to it and streams it (`storage.open`)."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage

NO_URL = "Private files are served only through a permission-checked view, never by URL."


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under settings.PRIVATE_MEDIA_ROOT (read at use, so tests can override it); no URL."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise NotImplementedError(NO_URL)


try:
    from storages.backends.s3 import S3Storage
except ImportError:  # pragma: no cover - django-storages is pinned in requirements.lock
    S3Storage = None

if S3Storage is not None:

    class PrivateS3Storage(S3Storage):
        """Private files in an S3-compatible bucket: objects written with the "private" ACL and
        server-side encryption where the store offers it; no URL, signed or not."""

        def url(self, name, parameters=None, expire=None, http_method=None):
            raise NotImplementedError(NO_URL)
