"""Files on the file system by default, in an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set;
private documents never get a URL of their own, signed or not, in either case."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage, storages

import pytest

from core.storage import PrivateFileSystemStorage
from investors.applications.models import ApplicationDocument, DecisionLetter
from tests.factories.applications import ApplicationFactory, add_required_documents

REPOSITORY = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "SECRET_KEY": "storage-test-" + "s" * 60,
    "ALLOWED_HOSTS": "park.example.vn",
    "DATABASE_URL": "postgres://park:secret@127.0.0.1:5432/park",
    "EMAIL_URL": "smtp://mailer:secret@mail.example.vn:587?tls=1",
    "WAGTAILADMIN_BASE_URL": "https://park.example.vn",
}
BUCKET = {
    "AWS_STORAGE_BUCKET_NAME": "park-files",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.vn",
    "AWS_S3_REGION_NAME": "ap-southeast-1",
    "AWS_ACCESS_KEY_ID": "PARKKEYID",
    "AWS_SECRET_ACCESS_KEY": "park-secret-key",
    "AWS_S3_ADDRESSING_STYLE": "path",
}

# What production's settings make of the environment, printed as JSON (no network: building a URL is local).
INSPECT = """
import json
from django.conf import settings
from django.core.files.storage import default_storage, storages
from investors.applications.models import ApplicationDocument, DecisionLetter

private = [ApplicationDocument._meta.get_field("file").storage, DecisionLetter._meta.get_field("pdf").storage]
found = {
    "backends": {alias: settings.STORAGES[alias]["BACKEND"] for alias in ("default", "private")},
    "private_classes": sorted({type(storage).__name__ for storage in private}),
    "docs_serve_method": settings.WAGTAILDOCS_SERVE_METHOD,
    "public_url": default_storage.url("images/pine-lake.jpg"),
}
if hasattr(default_storage, "bucket_name"):
    found["public"] = {"bucket": default_storage.bucket_name, "location": default_storage.location}
    found["private"] = [
        {"bucket": s.bucket_name, "location": s.location, "acl": s.default_acl, "endpoint": s.endpoint_url}
        for s in private
    ]
found["private_urls"] = []
for storage in [*private, storages["private"]]:
    try:
        found["private_urls"].append(storage.url("applications/0f3c/5e1d.pdf"))
    except NotImplementedError:
        found["private_urls"].append("refused")
print(json.dumps(found))
"""


def production_storage(**environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **PRODUCTION, **environment)
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "shell", "-c", INSPECT],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_a_bucket_name_in_the_environment_media_and_private_documents_go_to_object_storage():
    found = production_storage(**BUCKET)
    assert found["backends"] == {
        "default": "storages.backends.s3.S3Storage",
        "private": "core.storage.PrivateS3Storage",
    }
    assert found["private_classes"] == ["PrivateS3Storage"], "documents and letters are stored in the bucket"
    assert found["public"] == {"bucket": "park-files", "location": "media"}
    assert found["public_url"] == "https://s3.example.vn/park-files/media/images/pine-lake.jpg"
    for storage in found["private"]:
        assert storage == {
            "bucket": "park-files",
            "location": "private",
            "acl": "private",
            "endpoint": "https://s3.example.vn",
        }


def test_private_documents_in_a_bucket_never_get_a_url_signed_or_plain():
    found = production_storage(**BUCKET, AWS_PRIVATE_STORAGE_BUCKET_NAME="park-private")
    assert found["private_urls"] == ["refused", "refused", "refused"]
    assert {storage["bucket"] for storage in found["private"]} == {"park-private"}
    assert found["docs_serve_method"] == "serve_view", "Wagtail documents would redirect to a plain bucket URL"


def test_without_a_bucket_name_files_stay_on_the_file_system():
    found = production_storage()
    assert found["backends"] == {
        "default": "django.core.files.storage.FileSystemStorage",
        "private": "core.storage.PrivateFileSystemStorage",
    }
    assert found["private_classes"] == ["PrivateFileSystemStorage"]
    assert found["public_url"] == "/media/images/pine-lake.jpg"
    assert found["private_urls"] == ["refused", "refused", "refused"]


@pytest.mark.django_db
def test_an_uploaded_document_is_written_under_the_private_folder_and_has_no_url(site_tree):
    application = ApplicationFactory()
    add_required_documents(application)
    document = ApplicationDocument.objects.filter(application=application).first()
    assert isinstance(document.file.storage, PrivateFileSystemStorage)
    path = Path(document.file.path)
    assert path.is_file() and path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 - the property is what a template would call
    assert storages["private"] is document.file.storage and default_storage is not storages["private"]
    assert DecisionLetter._meta.get_field("pdf").storage is storages["private"]
