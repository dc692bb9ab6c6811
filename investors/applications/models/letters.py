"""Staff-editable letter templates (approval, rejection, information request) in both languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.bilingual import in_language


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
