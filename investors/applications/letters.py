"""Decision letters: staff templates with a small whitelist of placeholders, filled safely.

A template is plain text with `{placeholder}` fields. Only the names in PLACEHOLDERS are allowed; no
attribute access, index, conversion or format spec (`{company.__class__}`, `{reference!r}`,
`{reasons:>999999}` are refused on save), and each value is a string substituted as text, so staff
wording can never read or run anything else. The HTML and PDF letters escape the result.
"""

import string

from django.core.exceptions import ValidationError
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import ApplicationStatus, DecisionTemplate, LetterKind

PLACEHOLDERS = {
    "reference": gettext_lazy("the file's reference number"),
    "company": gettext_lazy("the company's name"),
    "project": gettext_lazy("the project's name"),
    "decision_date": gettext_lazy("the date of the decision"),
    "submitted_date": gettext_lazy("the date the file was submitted"),
    "parcels": gettext_lazy("the requested parcels"),
    "reasons": gettext_lazy("the note addressed to the applicant (reasons, conditions or what is missing)"),
}

# The wording used until staff edit the templates (also what the demo seeds).
DEFAULT_TEMPLATES = {
    LetterKind.APPROVAL: (
        "Căn cứ hồ sơ dự án “{project}” nộp ngày {submitted_date}, Ban Quản lý Khu công viên phần mềm Đà Lạt "
        "quyết định chấp thuận đề nghị đầu tư của {company} (hồ sơ {reference}).\n"
        "Lô đất đề nghị: {parcels}.\n{reasons}",
        "Having examined the application for the project “{project}” submitted on {submitted_date}, the "
        "management board of the Da Lat Software Park approves the investment application of {company} "
        "(file {reference}).\nRequested parcels: {parcels}.\n{reasons}",
    ),
    LetterKind.REJECTION: (
        "Căn cứ hồ sơ dự án “{project}” nộp ngày {submitted_date}, Ban Quản lý Khu công viên phần mềm Đà Lạt "
        "không chấp thuận đề nghị đầu tư của {company} (hồ sơ {reference}).\n{reasons}",
        "Having examined the application for the project “{project}” submitted on {submitted_date}, the "
        "management board of the Da Lat Software Park does not approve the investment application of "
        "{company} (file {reference}).\n{reasons}",
    ),
    LetterKind.INFO_REQUEST: (
        "Để tiếp tục thẩm định hồ sơ {reference} của {company}, đề nghị Quý công ty bổ sung:\n{reasons}",
        "To continue the review of file {reference} of {company}, please provide:\n{reasons}",
    ),
}

KIND_OF_STATUS = {ApplicationStatus.APPROVED: LetterKind.APPROVAL, ApplicationStatus.REJECTED: LetterKind.REJECTION}


def template_fields(text):
    """The replacement fields of `text` as (name, conversion, format spec); ValueError if malformed."""
    return [
        (name, conversion, spec)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    ]


def validate_template(template):
    """Raise a translated ValidationError naming each unknown or malformed placeholder, per field."""
    errors = {}
    for field in ("body_vi", "body_en"):
        text = getattr(template, field) or ""
        try:
            fields = template_fields(text)
        except ValueError:
            errors[field] = _("A brace is not closed. Write {{ or }} for a literal brace.")
            continue
        unknown = sorted(
            {f"{{{name}}}" for name, conversion, spec in fields if name not in PLACEHOLDERS or conversion or spec}
        )
        if unknown:
            errors[field] = _("Unknown placeholder: %(names)s. Allowed: %(allowed)s.") % {
                "names": ", ".join(unknown),
                "allowed": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            }
    if errors:
        raise ValidationError(errors)


def letter_values(application, reasons="", decided_at=None):
    """The placeholder values of `application` as strings, in the active language."""
    decided_at = decided_at or application.decided_at
    return {
        "reference": application.reference or "",
        "company": application.company_name,
        "project": application.project_title,
        "decision_date": formats.date_format(decided_at, "SHORT_DATE_FORMAT") if decided_at else "",
        "submitted_date": formats.date_format(application.submitted_at, "SHORT_DATE_FORMAT")
        if application.submitted_at
        else "",
        "parcels": ", ".join(application.parcel_codes) or "—",
        "reasons": reasons or "",
    }


def template_text(kind, language):
    """The staff's wording of `kind` in `language` (Vietnamese when the English text is empty)."""
    template = DecisionTemplate.objects.filter(kind=kind).first()
    if template is not None:
        return template.body_in(language)
    vietnamese, english = DEFAULT_TEMPLATES[kind]
    return english if language == "en" else vietnamese


def fill(text, values):
    """Substitute whitelisted placeholders only; anything else in braces is left as written."""
    try:
        fields = template_fields(text)
    except ValueError:
        return text
    if any(name not in values or conversion or spec for name, conversion, spec in fields):
        return text  # a template saved before validation existed: never format it
    return text.format_map(values)


def applicant_language(application):
    language = getattr(application.applicant, "preferred_language", "") or "vi"
    return "en" if language.startswith("en") else "vi"


def letter_body(application, kind, reasons="", decided_at=None, language=None):
    """The letter's paragraphs for `application`, in `language` (default: the applicant's)."""
    language = language or applicant_language(application)
    with translation.override(language):
        text = fill(template_text(kind, language), letter_values(application, reasons, decided_at))
    return [paragraph.strip() for paragraph in text.split("\n") if paragraph.strip()]
