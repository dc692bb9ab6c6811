"""Staff-editable letter templates (approval, rejection, information request) in both languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.bilingual import in_language

from .documents import private_storage


class LetterKind(models.TextChoices):
    """Which letter a template writes."""

    APPROVAL = "approval", _("Approval letter")
    REJECTION = "rejection", _("Rejection letter")
    INFO_REQUEST = "info_request", _("Information request")


class DecisionTemplate(models.Model):
    """The wording of one kind of letter, with placeholders such as {reference} for the file's data.

    Only the placeholders in letters.PLACEHOLDERS are accepted (checked on save with a translated
    error), and values are substituted as plain text, so a template can never run code or read
    anything but those values."""

    kind = models.CharField(_("letter"), max_length=20, choices=LetterKind.choices, unique=True)
    body_vi = models.TextField(
        _("text (Vietnamese)"),
        help_text=_(
            "Placeholders: {reference}, {company}, {project}, {decision_date}, {submitted_date}, {parcels}, "
            "{reasons}. Write {{ or }} for a literal brace."
        ),
    )
    body_en = models.TextField(_("text (English)"), blank=True, help_text=_("Empty: the Vietnamese text is used."))

    class Meta:
        verbose_name = _("decision letter template")
        verbose_name_plural = _("decision letter templates")
        ordering = ["kind"]

    def __str__(self):
        return str(self.get_kind_display())

    def clean(self):
        from ..letters import validate_template

        validate_template(self)

    def body_in(self, language):
        return in_language(self, "body", language)


def letter_path(instance, filename):
    """applications/<application uuid>/decision-<random hex>.pdf (never guessable from the code)."""
    import uuid

    return f"applications/{instance.application.public_id}/decision-{uuid.uuid4().hex}.pdf"


class DecisionLetter(models.Model):
    """The signed-off decision letter of a file: a PDF made once at decision time and kept unchanged.

    `code` is unguessable and printed on the letter with a QR code opening the public verification page,
    which shows the reference, the outcome, the date and `sha256`, the digest of the stored PDF, so a
    bank or another agency can check that a printed or forwarded letter is the one the park issued."""

    application = models.OneToOneField(
        "applications.InvestmentApplication", on_delete=models.PROTECT, related_name="decision_letter"
    )
    code = models.CharField(_("verification code"), max_length=32, unique=True, editable=False)
    outcome = models.CharField(_("outcome"), max_length=20, editable=False)
    language = models.CharField(_("language"), max_length=5, editable=False)
    decided_at = models.DateTimeField(_("decided at"), editable=False)
    pdf = models.FileField(storage=private_storage, upload_to=letter_path, max_length=200, editable=False)
    sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64, editable=False)
    body_html = models.TextField(editable=False, help_text="The letter's body as issued; the HTML page shows it.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("decision letter")
        verbose_name_plural = _("decision letters")

    def __str__(self):
        return f"{self.application_id}: {self.outcome}"
