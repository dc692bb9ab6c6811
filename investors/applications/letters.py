"""Decision letters: staff templates with a small whitelist of placeholders, filled safely.

A template is plain text with `{placeholder}` fields. Only the names in PLACEHOLDERS are allowed; no
attribute access, index, conversion or format spec (`{company.__class__}`, `{reference!r}`,
`{reasons:>999999}` are refused on save), and each value is a string substituted as text, so staff
wording can never read or run anything else. The HTML and PDF letters escape the result.
"""

import hashlib
import re
import secrets
import string

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import ApplicationStatus, DecisionLetter, DecisionTemplate, LetterKind

CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{24}")

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
        names = {name for name, _conversion, _spec in fields}
        if template.kind == LetterKind.INFO_REQUEST and text and "reasons" not in names:
            errors[field] = _("An information request must contain {reasons}: it is where the request goes.")
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


def letter_context(application, outcome, reasons="", decided_at=None, signer=None, language=None):
    """What letter_body.html needs, in `language` (default: the applicant's); call under that language."""
    kind = KIND_OF_STATUS[outcome]
    return {
        "application": application,
        "outcome": outcome,
        "decided_at": decided_at or application.decided_at,
        "paragraphs": letter_body(application, kind, reasons, decided_at, language),
        "signer": signer.get_full_name() if signer is not None else "",
    }


def render_letter_body(application, outcome, reasons="", decided_at=None, signer=None, language=None):
    """The letter's body as HTML, exactly as the PDF and the letter page show it."""
    language = language or applicant_language(application)
    with translation.override(language):
        context = letter_context(application, outcome, reasons, decided_at, signer, language)
        return render_to_string("applications/includes/letter_body.html", context)


def verification_url(code, language):
    """The absolute public verification address of a letter, in `language`."""
    with translation.override(language):
        path = reverse("decision_verify", args=[code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issue_decision_letter(application, decision):
    """Make and store the PDF letter of a decision (`decision`: its StatusChange), once, inside the
    decision's transaction; an internal decision note never appears in it."""
    from .pdf import render_letter_pdf

    language = applicant_language(application)
    reasons = "" if decision.internal else decision.note
    body = render_letter_body(
        application, application.status, reasons, application.decided_at, decision.actor, language
    )
    code = secrets.token_urlsafe(18)  # 144 random bits: unguessable, so the public page cannot be enumerated
    with translation.override(language):
        title = _("Decision on application %(reference)s") % {"reference": application.reference}
        content = render_letter_pdf(body, code, verification_url(code, language), title)
    letter = DecisionLetter(
        application=application,
        code=code,
        outcome=application.status,
        language=language,
        decided_at=application.decided_at,
        sha256=hashlib.sha256(content).hexdigest(),
        body_html=body,
    )
    letter.pdf.save("letter.pdf", ContentFile(content), save=False)
    letter.save()
    return letter


def issue_missing_letter(application_id):
    """The letter of a file decided before PDF letters existed, made once (under the file's row lock)."""
    from django.db import transaction

    from .models import InvestmentApplication

    with transaction.atomic():
        application = InvestmentApplication.objects.select_for_update().get(pk=application_id)
        letter = DecisionLetter.objects.filter(application=application).first()
        if letter is None:
            decision = application.status_changes.filter(to_status=application.status).select_related("actor").last()
            letter = issue_decision_letter(application, decision)
    return letter


def find_letter(code):
    """The letter with verification `code`, or None (malformed codes are never looked up)."""
    if not CODE_PATTERN.fullmatch(code or ""):
        return None
    return DecisionLetter.objects.select_related("application").filter(code=code).first()
