"""The decision letter as a PDF (fpdf2, pure Python) with the embedded DejaVu Sans font and a QR code.

The body is the same HTML the letter page shows (templates/applications/includes/letter_body.html),
drawn with fpdf2's write_html; below it, the verification code and a QR code opening the public
verification page.
"""

import io
from pathlib import Path

from django.utils.translation import gettext as _

import segno
from fpdf import FPDF

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"


def render_letter_pdf(body_html, code, verify_url, title):
    """The PDF bytes of a letter whose body is `body_html`, carrying `code` and a QR code of `verify_url`."""
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author(_("Da Lat Software Park Management Board"))
    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font(FONT, size=11)
    pdf.write_html(body_html, font_family=FONT)
    pdf.ln(6)
    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=4, border=2)
    qr.seek(0)
    top = pdf.get_y()
    pdf.image(qr, x=pdf.l_margin, y=top, w=32, h=32)
    pdf.set_xy(pdf.l_margin + 36, top + 2)
    pdf.set_font(FONT, size=9)
    pdf.multi_cell(
        0,
        5,
        _("Verification code: %(code)s\nCheck this letter at %(url)s (scan the QR code).")
        % {"code": code, "url": verify_url},
    )
    return bytes(pdf.output())
