"""Staff review a submitted application in the Wagtail admin while the investor answers in the browser.

An Investment officer screens the file and requests information; the investor answers with a document
and a note; the officer sends the file to appraisal (recommending approval); the Director approves;
the investor sees "approved" and opens the decision letter. Vietnamese on a desktop and English on a
phone for the investor's side (the admin is used on a desktop, in the same language).
"""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from ._helpers_applications import PDF_BYTES, button, exact, field, form_label, link, make_pdf, status_label, t

pytestmark = pytest.mark.e2e

JOURNEYS = [("vi", "desktop"), ("en", "phone")]
BROWSER_LOCALE = {"vi": "vi-VN", "en": "en-GB"}


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _free_parcel(avoid):
    """An available parcel other than the one the other journeys apply for: approval reserves it."""
    from land.models import Parcel

    parcels = Parcel.objects.public().filter(status="available").exclude(code=avoid).in_code_order()
    return parcels.values_list("code", flat=True).last()


def _submitted_application(investor, parcel_code):
    """A complete file submitted through the services, as the wizard would leave it."""
    from investors.applications import services

    application = services.start_draft(investor, parcel_code=parcel_code)
    for name, value in {
        "company_name": "Công ty TNHH Dữ liệu Cao nguyên",
        "country": "VN",
        "registration_number": "5809876543",
        "company_address": "12 Hùng Vương, Phường 9, Đà Lạt",
        "sector": "data_centre",
        "project_title": "Trung tâm dữ liệu xanh Đà Lạt",
        "description": "Trung tâm dữ liệu dùng khí hậu mát của Đà Lạt để tiết kiệm điện làm mát.",
        "capital_usd": 4_000_000,
        "staff_total": 60,
    }.items():
        setattr(application, name, value)
    application.save()
    for kind in ("registration", "proposal", "financial"):
        upload = SimpleUploadedFile(f"{kind}.pdf", PDF_BYTES, content_type="application/pdf")
        services.add_document(application.pk, investor, upload, kind)
    return services.submit_application(application.pk, investor, consent=True)


def _open_in_admin(tab, language, reference):
    """From the inbox, search the reference and open the review page."""
    tab.goto("/admin/applications/inbox/")
    assert tab.locator("html").get_attribute("lang") == language
    search = tab.locator("input#id_q")  # the inbox search, not the sidebar's page search
    search.fill(reference)
    search.press("Enter")
    tab.get_by_role("link", name=exact(reference)).first.click()
    expect(tab.get_by_role("heading", level=2, name=re.compile(rf"^{re.escape(reference)} "))).to_be_visible()


DONE = {
    "Start screening": "Screening has started; you are a reviewer of this file.",
    "Request information": "The information request has been sent to the applicant.",
    "Start appraisal": "Appraisal has started; the director has been told.",
    "Approve": "The application has been approved; the applicant has the decision letter.",
}
AUDIENCE = {
    "applicant": "The applicant: shown on their file, in e-mails and in the decision letter",
    "internal": "Staff only: an internal note",
}


def _take_step(tab, language, step, note, audience="applicant"):
    """Write the note, say who reads it, take the step (confirming a decision after its letter preview)."""
    field(tab, t(language, "Note (required)")).fill(note)
    tab.get_by_label(t(language, AUDIENCE[audience])).first.check()
    button(tab, language, step).click()
    if step == "Approve":
        expect(tab.get_by_role("heading", name=t(language, "Letter preview"))).to_be_visible()
        button(tab, language, "Approve and send the letter").click()
    expect(tab.get_by_text(t(language, DONE[step]))).to_be_visible()


def _answer_the_request(tab, language, folder):
    from investors.applications.forms import DocumentForm, NoteForm

    link(tab, language, "Add documents").click()
    field(tab, form_label(language, DocumentForm, "kind")).select_option("other")
    field(tab, form_label(language, DocumentForm, "file")).set_input_files(str(make_pdf(folder, "ban-ve-mat-bang.pdf")))
    button(tab, language, "Upload").click()
    expect(tab.get_by_text(t(language, "The document was uploaded."))).to_be_visible()
    link(tab, language, "Back to the application").click()
    field(tab, form_label(language, NoteForm, "note")).fill("Đã bổ sung bản vẽ mặt bằng tổng thể. / Site layout added.")
    button(tab, language, "Send my answer").click()
    expect(tab.get_by_text(t(language, "Your answer has been sent to the park."))).to_be_visible()


@pytest.mark.parametrize(("language", "viewport"), JOURNEYS)
def test_officer_requests_information_investor_answers_director_approves_and_investor_reads_the_decision(
    new_page, demo, tmp_path, language, viewport
):
    from investors.applications.models import InvestmentApplication

    investor = demo.create_user(language=language)
    application = _submitted_application(investor, _free_parcel(avoid=demo[language].parcel_code))
    reference = application.reference
    locale = BROWSER_LOCALE[language]
    officer, applicant = new_page("desktop", locale=locale), new_page(viewport, locale=locale)

    demo.sign_in_admin(officer, "officer")
    _open_in_admin(officer, language, reference)
    _take_step(officer, language, "Start screening", "Hồ sơ đủ thành phần, bắt đầu kiểm tra.", audience="internal")
    _take_step(officer, language, "Request information", "Vui lòng bổ sung bản vẽ mặt bằng tổng thể.")

    demo.sign_in(applicant, investor.email, language=language, password=investor.raw_password)
    applicant.goto(demo[language].account)
    applicant.get_by_role("link", name=exact(reference)).click()
    expect(applicant.locator(".status-badge")).to_have_text(status_label(language, "info_requested"))
    expect(applicant.get_by_text("Vui lòng bổ sung bản vẽ mặt bằng tổng thể.")).to_be_visible()
    _answer_the_request(applicant, language, tmp_path)
    expect(applicant.locator(".status-badge")).to_have_text(status_label(language, "resubmitted"))

    officer.reload()
    expect(officer.get_by_text("Site layout added.")).to_be_visible()
    _take_step(officer, language, "Start appraisal", "Đề nghị phê duyệt: dự án phù hợp quy hoạch khu.")

    director = new_page("desktop", locale=locale)
    demo.sign_in_admin(director, "director")
    _open_in_admin(director, language, reference)
    _take_step(director, language, "Approve", "Chấp thuận chủ trương đầu tư.")

    applicant.reload()
    expect(applicant.locator(".status-badge")).to_have_text(status_label(language, "approved"))
    link(applicant, language, "Decision letter").click()
    expect(applicant.get_by_role("heading", level=1)).to_have_text(
        t(language, "Decision: investment application approved")
    )

    files = InvestmentApplication.objects.filter(applicant=investor)
    assert [(f.reference, f.status, f.documents.count()) for f in files] == [(reference, "approved", 4)]
    history = list(files[0].status_changes.order_by("pk").values_list("to_status", flat=True))
    assert history == ["submitted", "screening", "info_requested", "resubmitted", "appraisal", "approved"]
