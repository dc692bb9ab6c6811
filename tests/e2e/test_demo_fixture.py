"""The seeded-once demo answers every path it hands out, in both languages, and its helpers sign people in."""

import pytest

pytestmark = pytest.mark.e2e

PRIVATE = {"account", "apply"}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_demo_path_answers_in_its_language(page, demo, language):
    answers = {}
    for name, path in demo[language].items():
        if name in PRIVATE:
            continue
        response = page.goto(path)
        answers[name] = (response.status, page.locator("html").get_attribute("lang"))

    assert answers == dict.fromkeys(answers, (200, language))


def test_a_created_user_and_a_demo_account_can_sign_in(page, new_page, demo):
    user = demo.create_user()
    demo.sign_in(page, user.email, password=user.raw_password)
    page.goto(demo["en"].account)
    assert page.get_by_role("heading", level=1).inner_text() == "My account"

    officer = new_page("phone")
    demo.sign_in_admin(officer, "officer")
    assert officer.url.endswith("/admin/")
