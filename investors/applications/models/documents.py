"""Uploaded documents, kept in the private storage (PRIVATE_MEDIA_ROOT or a private bucket) with
server-generated names."""

import os
import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    """settings.STORAGES["private"]: PRIVATE_MEDIA_ROOT or a private bucket (core.storage); never a URL."""
    return storages["private"]


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


class ApplicationDocumentQuerySet(models.QuerySet):
    def current(self):
        """The documents of the file as it stands: not message attachments, not earlier versions."""
        return self.filter(message__isnull=True, superseded_at__isnull=True)


class ApplicationDocument(models.Model):
    """A checked PDF, PNG or JPEG belonging to an application (or attached to one of its messages).

    Once an application is submitted its documents are never deleted: a replacement is a new row that
    `replaces` the earlier one, which keeps its file and gets `superseded_at`. Only a draft's
    documents may be removed (services.remove_document).
    """

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
    replaces = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("replaces"),
        help_text=_("The earlier version this document replaces; that version and its file are kept."),
    )
    superseded_at = models.DateTimeField(
        _("replaced at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When a newer version replaced this one; empty for the current version."),
    )

    objects = ApplicationDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("application document")
        verbose_name_plural = _("application documents")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.original_name

    @property
    def is_current(self):
        return self.superseded_at is None

    def earlier_versions(self):
        """The versions this one replaced, newest first (each keeps who uploaded it, and when)."""
        versions, document = [], self.replaces
        while document is not None:
            versions.append(document)
            document = document.replaces
        return versions

    @property
    def version(self):
        return len(self.earlier_versions()) + 1

    @property
    def extension(self):
        return os.path.splitext(self.file.name)[1].lower()
