"""Hostile uploads are refused with a clear message; accepted files get server names in private storage."""

import io
import struct
import zlib
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from investors.applications import services
from investors.applications.models import ApplicationDocument
from investors.applications.services import ApplicationError
from tests.factories.applications import PDF_BYTES, ApplicationFactory, pdf_upload, png_bytes

pytestmark = pytest.mark.django_db


def upload(application, file, kind="other"):
    return services.add_document(application.pk, application.applicant, file, kind)


def bomb_png(width=30000, height=30000):
    """A tiny PNG whose header claims a huge picture (900 million pixels)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b"")
    )


def test_a_pdf_is_stored_under_a_server_generated_name_in_private_storage():
    application = ApplicationFactory()
    document = upload(application, pdf_upload("../../etc/passwd\x00.pdf"))
    path = Path(document.file.path)
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    assert "passwd" not in path.name and path.suffix == ".pdf"
    assert "/" not in document.original_name and "\x00" not in document.original_name
    assert path.read_bytes() == PDF_BYTES


def test_png_bytes_with_a_pdf_name_are_stored_as_png():
    application = ApplicationFactory()
    document = upload(application, SimpleUploadedFile("scan.pdf", png_bytes()))
    assert document.content_type == "image/png"
    assert document.file.name.endswith(".png")
    assert document.original_name == "scan.png"


def test_a_windows_program_renamed_pdf_is_refused():
    application = ApplicationFactory()
    with pytest.raises(ApplicationError, match="Only PDF, PNG and JPEG"):
        upload(application, SimpleUploadedFile("invoice.pdf", b"MZ\x90\x00" + b"\0" * 500))
    assert not ApplicationDocument.objects.exists()


def test_svg_with_a_script_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    with pytest.raises(ApplicationError, match="Only PDF, PNG and JPEG"):
        upload(ApplicationFactory(), SimpleUploadedFile("logo.svg", svg))


def test_a_double_extension_does_not_matter_only_the_content_does():
    document = upload(ApplicationFactory(), SimpleUploadedFile("report.pdf.exe", PDF_BYTES))
    assert document.file.name.endswith(".pdf")
    assert document.original_name == "report.pdf.pdf"
    with pytest.raises(ApplicationError):
        upload(ApplicationFactory(), SimpleUploadedFile("report.exe.pdf", b"#!/bin/sh\nrm -rf /\n"))


def test_a_file_over_ten_megabytes_is_refused():
    big = SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * (11 * 1024 * 1024))
    with pytest.raises(ApplicationError, match="10 MB"):
        upload(ApplicationFactory(), big)


def test_the_twenty_first_document_is_refused():
    application = ApplicationFactory()
    for number in range(20):
        upload(application, pdf_upload(f"annex-{number}.pdf"))
    with pytest.raises(ApplicationError, match="at most 20"):
        upload(application, pdf_upload("annex-21.pdf"))
    assert application.documents.count() == 20


def test_a_decompression_bomb_png_is_refused():
    with pytest.raises(ApplicationError, match="too large"):
        upload(ApplicationFactory(), SimpleUploadedFile("bomb.png", bomb_png()))


def test_a_damaged_jpeg_is_refused():
    with pytest.raises(ApplicationError, match="damaged"):
        upload(ApplicationFactory(), SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0" + b"garbage" * 10))


def test_a_real_jpeg_is_accepted():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="JPEG")
    document = upload(ApplicationFactory(), SimpleUploadedFile("passport.jpeg", buffer.getvalue()))
    assert document.content_type == "image/jpeg"


def test_the_upload_page_shows_the_error_and_keeps_the_other_documents(client):
    application = ApplicationFactory()
    upload(application, pdf_upload("proposal.pdf"), kind="proposal")
    client.force_login(application.applicant)
    url = f"/en/apply/{application.public_id}/step/documents/"
    response = client.post(url, {"kind": "registration", "file": SimpleUploadedFile("x.pdf", b"MZ" + b"\0" * 50)})
    assert response.status_code == 200
    assert "Only PDF, PNG and JPEG files are accepted" in response.content.decode()
    assert "proposal.pdf" in response.content.decode()
    assert application.documents.count() == 1
