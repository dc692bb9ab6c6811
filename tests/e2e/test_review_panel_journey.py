"""A file's review panel and its verifiable decision, in Vietnamese, with axe on every page of the journey.

The officer screens and scores the file; the director adds a second reviewer, who scores it too; the
officer sends it to appraisal; the director reads both reviews, previews the letter and approves; the
investor downloads the PDF letter; a visitor opens the verification page the QR code points to and
finds the PDF's SHA-256.
"""

import hashlib

import pytest

from ._helpers_applications import button, exact, field, link, t
from .test_accessibility import _blocking_violations
from .test_staff_journey import _free_parcel, _open_in_admin, _submitted_application, _take_step, expect

pytestmark = pytest.mark.e2e

LANGUAGE = "vi"


def _axe_clean(tab, name):
    problems = _blocking_violations(tab)
    assert not problems, f"{name}: " + "; ".join(f"{v['id']} at {v['nodes'][0]['target']}" for v in problems)


def _second_reviewer():
    from home.demo.seeding import DEMO_TOTP_SECRET
    from tests.e2e._demo import create_verified_user
    from tests.factories.accounts import enrol_authenticator_app

    user = create_verified_user(full_name="Trần Thị Bình (Chuyên viên)", groups=["Investment officer"])
    enrol_authenticator_app(user, secret=DEMO_TOTP_SECRET)
    return user


def _score(tab, scores, recommendation, comment):
    from investors.applications.models import AllocationCriterion

    criteria = list(AllocationCriterion.objects.filter(active=True))
    assert criteria, "the demo publishes allocation criteria"
    for criterion, score in zip(criteria, scores * len(criteria), strict=False):
        label = t(LANGUAGE, "Score for “%(criterion)s” (0–%(max)s)", criterion=criterion.name_vi, max=5)
        field(tab, label).select_option(str(score))
    tab.get_by_label(exact(t(LANGUAGE, recommendation))).check()
    field(tab, t(LANGUAGE, "Overall comment")).fill(comment)
    button(tab, LANGUAGE, "Save my review").click()
    expect(tab.get_by_text(t(LANGUAGE, "Your review has been saved."))).to_be_visible()


def test_two_reviewers_score_the_director_approves_and_a_visitor_verifies_the_pdf_letter(new_page, demo):
    from investors.applications.models import DecisionLetter

    investor = demo.create_user(language=LANGUAGE)
    application = _submitted_application(investor, _free_parcel(avoid=demo[LANGUAGE].parcel_code))
    reference = application.reference
    second = _second_reviewer()

    officer = new_page("desktop", locale="vi-VN")
    demo.sign_in_admin(officer, "officer")
    _open_in_admin(officer, LANGUAGE, reference)
    _take_step(officer, LANGUAGE, "Start screening", "Hồ sơ đủ thành phần.", audience="internal")
    _axe_clean(officer, "review page with the scoring form")
    _score(officer, [4], "Approve", "Dự án phù hợp quy hoạch, nhiều việc làm.")

    director = new_page("desktop", locale="vi-VN")
    demo.sign_in_admin(director, "director")
    _open_in_admin(director, LANGUAGE, reference)
    director.get_by_label(exact(second.full_name)).check()
    button(director, LANGUAGE, "Assign reviewers").click()
    expect(
        director.get_by_text(t(LANGUAGE, "The reviewers have been assigned; each one is told by e-mail."))
    ).to_be_visible()

    reviewer = new_page("desktop", locale="vi-VN")
    demo.sign_in_admin(reviewer, second.email, password=second.raw_password)
    reviewer.goto(f"/admin/applications/inbox/review/{application.pk}/")
    _score(reviewer, [3], "Ask for more information", "Cần làm rõ cam kết đào tạo.")

    officer.reload()
    _take_step(officer, LANGUAGE, "Start appraisal", "Đề nghị phê duyệt.", audience="internal")

    director.reload()
    expect(director.get_by_text("Cần làm rõ cam kết đào tạo.")).to_be_visible()
    expect(director.get_by_text("Dự án phù hợp quy hoạch, nhiều việc làm.")).to_be_visible()
    field(director, t(LANGUAGE, "Note (required)")).fill("Ký hợp đồng thuê đất trong 60 ngày.")
    director.get_by_label(
        t(LANGUAGE, "The applicant: shown on their file, in e-mails and in the decision letter")
    ).first.check()
    button(director, LANGUAGE, "Approve").click()
    expect(director.get_by_role("heading", name=t(LANGUAGE, "Letter preview"))).to_be_visible()
    expect(director.get_by_text("Ký hợp đồng thuê đất trong 60 ngày.")).to_be_visible()
    _axe_clean(director, "decision confirmation")
    button(director, LANGUAGE, "Approve and send the letter").click()
    done = "The application has been approved; the applicant has the decision letter."
    expect(director.get_by_text(t(LANGUAGE, done))).to_be_visible()

    applicant = new_page("phone", locale="vi-VN")
    demo.sign_in(applicant, investor.email, language=LANGUAGE, password=investor.raw_password)
    applicant.goto(demo[LANGUAGE].account)
    applicant.get_by_role("link", name=exact(reference)).click()
    link(applicant, LANGUAGE, "Decision letter").click()
    _axe_clean(applicant, "decision letter page")
    with applicant.expect_download() as download:
        link(applicant, LANGUAGE, "Download the letter (PDF)").click()
    content = download.value.path().read_bytes()
    letter = DecisionLetter.objects.get(application=application)
    assert content.startswith(b"%PDF") and hashlib.sha256(content).hexdigest() == letter.sha256

    visitor = new_page("phone", locale="vi-VN")
    visitor.goto(f"/vi/decisions/{letter.code}/")  # the address the QR code on the letter opens
    expect(visitor.get_by_role("heading", level=1)).to_have_text(t(LANGUAGE, "Decision letter verification"))
    expect(visitor.get_by_text(reference)).to_be_visible()
    expect(visitor.get_by_text(letter.sha256)).to_be_visible()
    _axe_clean(visitor, "verification page")
    assert visitor.goto(f"/vi/decisions/{'Z' * 24}/").status == 404
