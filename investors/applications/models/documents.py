"""Uploaded documents, kept under PRIVATE_MEDIA_ROOT with server-generated names."""

import os
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _


class PrivateMediaStorage(FileSystemStorage):
    """Files under settings.PRIVATE_MEDIA_ROOT (read at use, so tests can override it); no public URL."""

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
        raise NotImplementedError("Private documents are served only through the permission-checked view.")


def private_storage():
    return PrivateMediaStorage()


def document_path(instance, filename):
    """applications/<application uuid>/<random hex><extension>; the uploaded name is never used."""
    extension = os.path.splitext(filename)[1].lower()
    return f"applications/{instance.application.public_id}/{uuid.uuid4().hex}{extension}"


class DocumentKind(models.TextChoices):
    """What a document proves; the first three are required before submission."""

    REGISTRATION = "registration", _("Registration certificate or passport")
    PROPOSAL = "proposal", _("Project proposal")
    FINANCIAL = "financial", _("Proof of financial capacity")
    OTHER = "other", _("Other document")
    ATTACHMENT = "attachment", _("Message attachment")


REQUIRED_KINDS = (DocumentKind.REGISTRATION, DocumentKind.PROPOSAL, DocumentKind.FINANCIAL)


class ApplicationDocument(models.Model):
    """A checked PDF, PNG or JPEG belonging to an application (or attached to one of its messages)."""

    application = models.ForeignKey(
        "applications.InvestmentApplication", on_delete=models.CASCADE, related_name="documents"
    )
    message = models.ForeignKey(
        "applications.Message", on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    kind = models.CharField(_("document type"), max_length=20, choices=DocumentKind.choices)
    file = models.FileField(storage=private_storage, upload_to=document_path, max_length=200)
    original_name = models.CharField(_("original file name"), max_length=120)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("application document")
        verbose_name_plural = _("application documents")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.original_name

    @property
    def extension(self):
        return os.path.splitext(self.file.name)[1].lower()
