"""A newcomer signs up, confirms the address from the e-mail, and signs in to their account."""

import re
from urllib.parse import urlparse

import pytest

from ._demo import unique_email

pytestmark = pytest.mark.e2e

PASSWORD = "Thong-xanh-Da-Lat-2026"
CONFIRMATION_LINK = re.compile(r"https?://\S+/confirm-email/\S+?/")


def _submit_main_form(tab):
    tab.locator("main form button[type=submit]").first.click()


def _sign_up(tab, path, email, consent=True):
    tab.goto(path)
    tab.fill("input[name=email]", email)
    tab.fill("input[name=password1]", PASSWORD)
    tab.fill("input[name=password2]", PASSWORD)
    tab.fill("input[name=full_name]", "Nguyễn Thị Mai")
    tab.fill("input[name=phone]", "+84 263 382 2000")
    tab.fill("input[name=organisation]", "Công ty TNHH Phần mềm Langbiang")
    tab.select_option("select[name=preferred_language]", "vi")
    if consent:
        tab.check("input[name=privacy_consent]")
    _submit_main_form(tab)


def _sign_in(tab, path, email):
    tab.goto(path)
    tab.fill("input[name=login]", email)
    tab.fill("input[name=password]", PASSWORD)
    _submit_main_form(tab)


def test_sign_up_then_confirm_the_emailed_link_then_sign_in_reaches_the_account(page, demo, mailoutbox):
    paths, email = demo["en"], unique_email("mai.nguyen")
    _sign_up(page, paths.sign_up, email)
    assert [message.to for message in mailoutbox] == [[email]]

    _sign_in(page, paths.sign_in, email)  # not yet confirmed: no way into the account
    assert "/account/confirm-email/" in page.url
    assert page.locator("text=Nguyễn Thị Mai").count() == 0

    link = CONFIRMATION_LINK.search(mailoutbox[0].body).group(0)
    page.goto(urlparse(link).path)
    _submit_main_form(page)

    _sign_in(page, paths.sign_in, email)
    assert urlparse(page.url).path == "/en/account/"
    assert page.get_by_role("heading", level=1).inner_text() == "My account"
    assert page.locator("main").get_by_text("Nguyễn Thị Mai", exact=True).is_visible()
    assert page.locator("main").get_by_text("Công ty TNHH Phần mềm Langbiang", exact=True).is_visible()
