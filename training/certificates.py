"""Certificate links: the absolute verification URL and its QR code as inline SVG."""

from django.urls import reverse
from django.utils.translation import get_language, override

import segno


def verification_url(request, code, language=None):
    """Absolute `/<lang>/certificates/<code>/` in the reader's (or the given) language."""
    with override(language or get_language() or "en"):
        return request.build_absolute_uri(reverse("training:certificate_verify", args=[code]))


def qr_svg(url, title):
    """An inline SVG QR code (no external file, allowed by the CSP) pointing to `url`."""
    return segno.make(url, error="m").svg_inline(scale=4, title=title, dark="#10261d")
