"""The public verifies certificates by code, and the QR code of a printed certificate leads to the same result.

The demo's certificates are used read-only: a valid one held by the demo trainee and the demo's revoked one.
"""

import re

from django.urls import reverse
from django.utils import translation

import pytest

pytestmark = pytest.mark.e2e

DEMO_TRAINEE = "trainee@demo.dalatpark.vn"
UNKNOWN_CODE = "ABCD-EFGH-JKMN-PQ"  # the certificate alphabet, but no certificate has it


def _certificate(**filters):
    from training.models import Certificate

    certificate = (
        Certificate.objects.select_related("registration__cohort").filter(**filters).order_by("issued_at").first()
    )
    assert certificate is not None, f"the demo has no certificate matching {filters}"
    return certificate


def _programme_title(certificate, language):
    with translation.override(language):
        return certificate.registration.cohort.programme_page().title


def _text(language, message, **values):
    with translation.override(language):
        return translation.gettext(message) % values


def _paper_form(code):
    """The code as someone might type it from paper: lower case, in groups of four with dashes."""
    return "-".join(code[index : index + 4] for index in range(0, len(code), 4)).lower()


def _look_up(tab, language, typed_code):
    with translation.override(language):
        tab.goto(reverse("training:certificate_lookup"))
    tab.locator("main input[name=code]").fill(typed_code)
    tab.locator("main form button[type=submit]").click()
    tab.wait_for_load_state()


def _expect_valid(tab, certificate, language):
    from playwright.sync_api import expect

    expect(tab.locator("main h1")).to_contain_text(certificate.code)
    expect(tab.locator("main .training-status")).to_contain_text(_text(language, "Valid"))
    details = tab.locator("main .details-list")
    expect(details).to_contain_text(certificate.holder_name)
    expect(details).to_contain_text(_programme_title(certificate, language))
    expect(details).to_contain_text(certificate.registration.cohort.code)


def _dark_modules(path_data):
    """The dark modules drawn by a segno SVG path ("M4 4.5h7m1 0h5…": a stroke per run), origin top-left."""
    x = y = 0.0
    dark = set()
    for command, first, second in re.findall(r"([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?", path_data):
        if command == "M":
            x, y = float(first), float(second)
        elif command == "m":
            x, y = x + float(first), y + float(second)
        else:
            dark.update((int(x) + step, int(y)) for step in range(int(float(first))))
            x += float(first)
    return _from_origin(dark)


def _from_origin(cells):
    left, top = min(cell[0] for cell in cells), min(cell[1] for cell in cells)
    return {(column - left, row - top) for column, row in cells}


def _encodes(path_data, url):
    """Whether the drawn QR code is the symbol of `url` at some error-correction level."""
    import segno

    drawn = _dark_modules(path_data)
    for level in "LMQH":
        symbol = segno.make(url, error=level, boost_error=False, micro=False)
        cells = {(column, row) for row, line in enumerate(symbol.matrix) for column, value in enumerate(line) if value}
        if _from_origin(cells) == drawn:
            return True
    return False


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_public_verification_shows_valid_revoked_and_unknown_codes_clearly(new_page, demo, language, viewport):
    from playwright.sync_api import expect

    valid = _certificate(registration__trainee__email=DEMO_TRAINEE, revoked_at__isnull=True)
    revoked = _certificate(revoked_at__isnull=False)
    tab = new_page(viewport)

    _look_up(tab, language, _paper_form(valid.code))
    _expect_valid(tab, valid, language)

    _look_up(tab, language, revoked.code)
    expect(tab.locator("main h1")).to_contain_text(revoked.code)
    status = tab.locator("main .training-status")
    expect(status).to_contain_text(_text(language, "Revoked"))
    expect(status).not_to_contain_text(_text(language, "Valid"))
    expect(tab.locator("main .details-list")).to_contain_text(revoked.holder_name)

    _look_up(tab, language, UNKNOWN_CODE)
    expect(tab.locator("main h1")).to_have_text(_text(language, "Unknown certificate"))
    expect(tab.locator("main [role=status]")).to_contain_text(UNKNOWN_CODE.replace("-", ""))
    expect(tab.locator("main .details-list")).to_have_count(0)


@pytest.mark.parametrize(("language", "viewport"), [("vi", "phone"), ("en", "desktop")])
def test_qr_code_and_link_on_the_printed_certificate_lead_to_its_verification(new_page, demo, language, viewport):
    from playwright.sync_api import expect

    certificate = _certificate(registration__trainee__email=DEMO_TRAINEE, revoked_at__isnull=True)
    tab = new_page(viewport)
    demo.sign_in(tab, DEMO_TRAINEE, language=language)
    with translation.override(language):
        verify_path = reverse("training:certificate_verify", args=[certificate.code])
        tab.goto(reverse("training:certificate_print", args=[certificate.code]))

    link = tab.locator("main .training-certificate__verify a")
    expect(link).to_have_text(demo.url + verify_path)
    path_data = tab.locator("main .training-certificate__qr svg path").get_attribute("d")
    assert _encodes(path_data, demo.url + verify_path), "the QR code does not encode the verification address"

    tab.context.clear_cookies()  # the verification is public: follow the link as someone who is not signed in
    link.click()
    tab.wait_for_load_state()
    assert tab.url == demo.url + verify_path
    _expect_valid(tab, certificate, language)
