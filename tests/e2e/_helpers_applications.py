"""Shared steps of the application journeys: translated texts, labelled fields, real small documents.

Texts come from the same catalogues the pages use, read in the page's language, so a test proves the
Vietnamese page shows the Vietnamese wording (and finds a field by its visible label, not its name).
"""

import io
import re

from django.utils.text import capfirst
from django.utils.translation import gettext, override

OTHER = {"vi": "en", "en": "vi"}
PDF_BYTES = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


def t(language, message, **values):
    """`message` translated into `language` (with %(name)s values filled in)."""
    with override(language):
        text = gettext(message)
    return text % values if values else text


def form_label(language, form_class, name):
    """The visible label of a form field in `language` (Django capitalises model verbose names)."""
    with override(language):
        return str(capfirst(form_class.base_fields[name].label))


def exact(text):
    """A pattern for a label or name: the text itself, with the optional ':' Django adds after labels."""
    return re.compile(rf"^\s*{re.escape(text)}\s*:?\s*$")


def field(tab, text):
    """The input whose <label> reads `text`."""
    return tab.get_by_label(exact(text))


def button(tab, language, message):
    return tab.get_by_role("button", name=exact(t(language, message)))


def link(tab, language, message, **values):
    return tab.get_by_role("link", name=exact(t(language, message, **values)))


def make_pdf(folder, name="proposal.pdf"):
    """A tiny but real PDF (the upload check reads the magic bytes)."""
    path = folder / name
    path.write_bytes(PDF_BYTES)
    return path


def make_png(folder, name="certificate.png"):
    """A small real PNG drawn with Pillow."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 90, 60)).save(buffer, format="PNG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


def status_label(language, status):
    """The applicant-facing name of an application status in `language`."""
    from investors.applications.models import ApplicationStatus

    with override(language):
        return str(ApplicationStatus(status).label)
